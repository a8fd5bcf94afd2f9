import { SqliteEventStore } from '@handoff/event-store';
import { BOARD_CHECKPOINTS, boardAt, boardCheckpointsProjection, boardSummaries, Projector } from '@handoff/projections';
import { collection, SqliteReadStore } from '@handoff/read-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventLog, EventLogWriter, TENANT } from '../support/event-log';
import { Figure, log, runScenario } from '../support/scenario';
import { SIZES } from '../support/sizes';
import { latencies, medianOf, nowMs } from '../support/stats';
import { random, writeContactCenterLog } from '../support/workload';

const WARM_UP = 20;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `queueBoardAt` on a long log: the board at random instants of a contact-center log of N events (some fourteen
 * hours at the default size), folded from the nearest board checkpoint, exactly the work the resolver does (less
 * GraphQL). The checkpoints are built first, by the projector, as the api would have built them while the log grew.
 */
runScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-board-at-'));
  const path = join(dir, 'handoff.db');
  try {
    await createEventLog(path);
    const writer = new EventLogWriter(path);
    writeContactCenterLog(writer, SIZES.boardAtEvents);
    writer.close();
    const eventStore = new SqliteEventStore(path);
    const readStore = new SqliteReadStore(join(dir, 'read.db'));
    const projector = new Projector(eventStore, readStore, [boardCheckpointsProjection]);
    try {
      const head = await eventStore.headPosition();
      log(`board at: ${Number(head).toLocaleString('en-US')} events, building the board checkpoints`);
      const started = nowMs();
      await projector.start();
      while (projector.status().some((s) => s.position < head)) await sleep(50);
      const buildRate = (Number(head) / (nowMs() - started)) * 1000;
      const checkpoints = collection(readStore, BOARD_CHECKPOINTS);
      const [first] = await eventStore.readAll(0n, 1);
      const [last] = await eventStore.readAll(head - 1n, 1);
      const from = Date.parse(first.metadata.occurredAt);
      const span = Date.parse(last.metadata.occurredAt) - from;
      const pick = random(7);
      const query = async (): Promise<number> => {
        const at = new Date(from + Math.floor(pick() * span)).toISOString();
        const t0 = nowMs();
        const board = boardSummaries(await boardAt(eventStore, checkpoints, TENANT, at), new Date(at));
        if (board.length === 0) throw new Error('an empty board');
        return nowMs() - t0;
      };
      for (let i = 0; i < WARM_UP; i++) await query();
      const measured = await medianOf(SIZES.runs, async () => {
        const samples: number[] = [];
        for (let i = 0; i < SIZES.boardAtQueries; i++) samples.push(await query());
        const { p50, p95 } = latencies(samples);
        return { p50, p95 };
      });
      const scenario = `queueBoardAt, ${Number(head).toLocaleString('en-US')} events`;
      return [
        { scenario, figure: 'build the board checkpoints', unit: 'events/s', value: buildRate, runs: 1 },
        { scenario, figure: 'board at a random instant, p50', unit: 'ms', value: measured.p50, runs: measured.runs },
        { scenario, figure: 'board at a random instant, p95', unit: 'ms', value: measured.p95, runs: measured.runs, target: { on: 'value', bound: 'max', limit: 100 } },
      ] satisfies Figure[];
    } finally {
      await projector.stop();
      await readStore.close();
      await eventStore.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
