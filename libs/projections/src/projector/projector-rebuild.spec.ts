import { ALL_PROJECTIONS } from '../read-models';
import { appendAll, generateAppends, tenantsOf } from '../testing/event-generator';
import { caughtUp, dumpReadModels, SqliteFiles } from '../testing/read-model-fixture';

const EVENTS = 100_000;
const TIMEOUT_MS = 300_000;
/**
 * How often a 1 ms timer ran while `work` ran: a projector that never yields between batches lets it run at most
 * once, whatever the machine's speed; one that yields lets it run between every few batches. (A count, not a
 * duration, so that a loaded machine cannot fail it.)
 */
async function timerRunsDuring(work: () => Promise<void>): Promise<number> {
  let runs = 0;
  const ticker = setInterval(() => runs++, 1);
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  return runs;
}

/** 30,000 events in batches of 200 are 150 batches: timers (lease renewal, signals, requests) run between them. */
const MIN_TIMER_RUNS = 10;

describe('Projector rebuild at scale', () => {
  let files: SqliteFiles;

  beforeEach(() => {
    files = new SqliteFiles();
  });

  afterEach(() => files.cleanup());

  it(`rebuilds ${EVENTS} generated events into the read models it built incrementally while they were appended`, async () => {
    const eventStore = files.eventStore();
    const readStore = files.readStore();
    const projector = files.projector(eventStore, readStore, ALL_PROJECTIONS);
    await projector.start();

    await appendAll(eventStore, generateAppends({ seed: 100, events: EVENTS }), 500);
    await caughtUp(projector, eventStore, TIMEOUT_MS);
    const incremental = await dumpReadModels(readStore, ALL_PROJECTIONS, tenantsOf({}));

    await projector.requestRebuild();
    await projector.whenBuilt();

    expect(projector.status().map((s) => s.generation)).toEqual(ALL_PROJECTIONS.map(() => 2));
    const rebuilt = await dumpReadModels(readStore, ALL_PROJECTIONS, tenantsOf({}));
    for (const projection of ALL_PROJECTIONS) expect(rebuilt[projection.name]).toBe(incremental[projection.name]);
  }, TIMEOUT_MS);

  it('lets timers run between batches while it catches up and while it rebuilds', async () => {
    const eventStore = files.eventStore();
    await appendAll(eventStore, generateAppends({ seed: 101, events: 30_000 }));
    const projector = files.projector(eventStore, files.readStore(), ALL_PROJECTIONS, { batchSize: 200, rebuildBatchSize: 200 });

    const catchingUp = await timerRunsDuring(async () => {
      await projector.start();
      await caughtUp(projector, eventStore, TIMEOUT_MS);
    });
    const rebuilding = await timerRunsDuring(async () => {
      await projector.requestRebuild();
      await projector.whenBuilt();
    });

    expect({ catchingUp, rebuilding }).toEqual({ catchingUp: expect.any(Number), rebuilding: expect.any(Number) });
    expect(catchingUp).toBeGreaterThanOrEqual(MIN_TIMER_RUNS);
    expect(rebuilding).toBeGreaterThanOrEqual(MIN_TIMER_RUNS);
  }, TIMEOUT_MS);
});
