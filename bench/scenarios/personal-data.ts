import { EVENT_STORE, EventStore, storedForm } from '@handoff/event-store';
import { CommandBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandExecutor } from '../../apps/api/src/shared/command-executor';
import { BusCommands } from '../support/commands';
import { Figure, log, runScenario } from '../support/scenario';
import { startInProcess } from '../support/servers';
import { SIZES } from '../support/sizes';
import { closedLoop, latencies, medianOf } from '../support/stats';

/** Commands run before timing starts, so the JIT, SQLite's page cache and the data-key cache are warm. */
const WARM_UP = 1000;
const IN_FLIGHT = 8;

type Layer = 'sealed' | 'bare';

/**
 * The command path (assign, transfer with a note, unassign) with the personal-data layer as the app installs it
 * (`sealed`), or with the command executor writing to and reading from the store beneath it (`bare`): the layer's
 * cost alone, everything else the same.
 */
async function run(layer: Layer): Promise<{ msPerCommand: number; p50: number; p99: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-pd-'));
  const app = await startInProcess(join(dir, 'handoff.db'), { PROJECTOR: 'off' });
  try {
    const commands = new BusCommands(app.get(CommandBus));
    await commands.seed(SIZES.conversations);
    if (layer === 'bare') Reflect.set(app.get(CommandExecutor), 'eventStore', storedForm(app.get<EventStore>(EVENT_STORE)));
    await closedLoop(WARM_UP, IN_FLIGHT, (i) => commands.step(i, SIZES.conversations));
    const { elapsedMs, samples } = await closedLoop(SIZES.commands, IN_FLIGHT, (i) => commands.step(WARM_UP + i, SIZES.conversations));
    const { p50, p99 } = latencies(samples);
    return { msPerCommand: elapsedMs / SIZES.commands, p50, p99 };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

runScenario(async () => {
  log(`command path with and without the personal-data layer: ${SIZES.commands} commands, ${IN_FLIGHT} at a time, over ${SIZES.conversations} conversations`);
  // Alternated run by run, so that a slower stretch of a shared machine weighs on both sides alike.
  const results = await medianOf(SIZES.runs, async () => {
    const bare = await run('bare');
    const sealed = await run('sealed');
    return { bare: bare.msPerCommand, sealed: sealed.msPerCommand, bareP50: bare.p50, sealedP50: sealed.p50 };
  });
  const scenario = `command path with encrypted notes and names, ${IN_FLIGHT} in flight`;
  const figures: Figure[] = [
    {
      scenario, figure: 'time per command', unit: 'ms', value: results.sealed, runs: results.runs,
      baseline: { name: 'without the personal-data layer', value: results.bare }, target: { on: 'ratio', bound: 'max', limit: 1.1 },
    },
    { scenario, figure: 'latency p50', unit: 'ms', value: results.sealedP50, runs: results.runs, baseline: { name: 'without the layer', value: results.bareP50 } },
  ];
  return figures;
});
