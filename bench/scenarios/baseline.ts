import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventLog } from '../support/event-log';
import { batchedInsert, perEventTransactions, readAll } from '../support/raw-sqlite';
import { Figure, log, runScenario } from '../support/scenario';
import { SIZES } from '../support/sizes';
import { medianOf } from '../support/stats';

const STREAMS = 1000;
const BULK_PER_TRANSACTION = 1000;
const READ_PAGE = 5000;

runScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-raw-'));
  try {
    log(`raw SQLite: ${SIZES.baselineEvents} events one transaction each, ${SIZES.rawBulkEvents} in batches of ${BULK_PER_TRANSACTION}`);
    const single = await medianOf(SIZES.runs, async (run) => {
      const path = join(dir, `single-${run}.db`);
      await createEventLog(path);
      return perEventTransactions(path, SIZES.baselineEvents, STREAMS);
    });
    const bulk = await medianOf(SIZES.runs, async (run) => {
      const path = join(dir, `bulk-${run}.db`);
      await createEventLog(path);
      return batchedInsert(path, SIZES.rawBulkEvents, BULK_PER_TRANSACTION);
    });
    const read = await medianOf(SIZES.runs, async () => readAll(join(dir, 'bulk-0.db'), READ_PAGE));
    const perEvent = { name: 'raw 1 txn/event', value: single.eventsPerSecond };
    const scenario = 'raw SQLite baseline';
    return [
      { scenario, figure: 'durable append, 1 txn/event', unit: 'events/s', value: single.eventsPerSecond, runs: single.runs, baseline: perEvent },
      { scenario, figure: 'durable append latency p50', unit: 'ms', value: single.p50, runs: single.runs },
      { scenario, figure: 'durable append latency p99', unit: 'ms', value: single.p99, runs: single.runs },
      { scenario, figure: `batched insert, ${BULK_PER_TRANSACTION}/txn`, unit: 'events/s', value: bulk.eventsPerSecond, runs: bulk.runs, baseline: perEvent },
      { scenario, figure: 'read-all (no JSON decode)', unit: 'events/s', value: read.eventsPerSecond, runs: read.runs, baseline: perEvent },
    ] satisfies Figure[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
