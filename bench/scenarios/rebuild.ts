import { SqliteEventStore } from '@handoff/event-store';
import { ALL_PROJECTIONS, Projector } from '@handoff/projections';
import { SqliteReadStore } from '@handoff/read-store';
import { join } from 'node:path';
import { readAll } from '../support/raw-sqlite';
import { Figure, log, runScenario, ScenarioInput } from '../support/scenario';
import { SIZES } from '../support/sizes';
import { medianOf, nowMs } from '../support/stats';

const READ_PAGE = 5000;
const MB = 1024 * 1024;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function caughtUp(projector: Projector, head: bigint): Promise<void> {
  while (projector.status().some((s) => s.position < head)) await sleep(20);
}

/**
 * Every read model from the whole log: first built from an empty read store (the projector catching up), then
 * rebuilt blue/green (a new generation of each projection, swapped in once caught up) as an operator would.
 */
runScenario(async (input: ScenarioInput) => {
  const eventsPath = join(String(input.dataDir), 'rebuild.db');
  const raw = await medianOf(SIZES.runs, async () => readAll(eventsPath, READ_PAGE));
  const eventStore = new SqliteEventStore(eventsPath);
  const readStore = new SqliteReadStore(join(String(input.dataDir), 'rebuild-read.db'));
  const projector = new Projector(eventStore, readStore, ALL_PROJECTIONS);
  try {
    const head = await eventStore.headPosition();
    const events = Number(head);
    log(`build from an empty read store: ${events.toLocaleString('en-US')} events, ${ALL_PROJECTIONS.length} projections`);
    const started = nowMs();
    await projector.start();
    await caughtUp(projector, head);
    const scratch = (events / (nowMs() - started)) * 1000;
    log(`rebuild (new generations, swapped in), ${SIZES.runs} runs`);
    const rebuild = await medianOf(SIZES.runs, async () => {
      const t0 = nowMs();
      await projector.requestRebuild();
      await projector.whenBuilt();
      return { eventsPerSecond: (events / (nowMs() - t0)) * 1000 };
    });
    const rssMb = process.memoryUsage().rss / MB;
    const baseline = { name: 'raw read-all', value: raw.eventsPerSecond };
    const scenario = `read models from ${events.toLocaleString('en-US')} events`;
    return [
      { scenario, figure: 'raw read-all (no JSON decode)', unit: 'events/s', value: raw.eventsPerSecond, runs: raw.runs, baseline },
      { scenario, figure: 'build from an empty read store', unit: 'events/s', value: scratch, runs: 1, baseline },
      { scenario, figure: 'rebuild (blue/green)', unit: 'events/s', value: rebuild.eventsPerSecond, runs: rebuild.runs, baseline, target: { on: 'ratio', bound: 'min', limit: 0.2 } },
      { scenario, figure: 'build from an empty read store, vs rebuild', unit: 'events/s', value: scratch, runs: 1,
        baseline: { name: 'rebuild', value: rebuild.eventsPerSecond }, target: { on: 'ratio', bound: 'min', limit: 1 } },
      { scenario, figure: 'RSS after the rebuilds', unit: 'MB', value: rssMb, runs: 1, target: { on: 'value', bound: 'max', limit: 300 } },
    ] satisfies Figure[];
  } finally {
    await projector.stop();
    await readStore.close();
    await eventStore.close();
  }
});
