import { ALL_PROJECTIONS, ChangeFollower, conversationPage } from '@handoff/projections';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conversationQuery } from '../../apps/api/src/conversations/conversation.resolver';
import { CHANGE_FOLLOWER } from '../../apps/api/src/infrastructure/tokens';
import { ReadModelCollections } from '../../apps/api/src/read-models/read-model-collections';
import { createEventLog, EventLogWriter, TENANT } from '../support/event-log';
import { Figure, log, runScenario } from '../support/scenario';
import { startInProcess } from '../support/servers';
import { SIZES } from '../support/sizes';
import { latencies, medianOf, nowMs } from '../support/stats';
import { writeWaitingConversations } from '../support/workload';

const QUEUE = 'q-board';
const PAGE = 50;
const WARM_UP = 50;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The supervisor's queue board, `conversations(filter: {queueId, status: [QUEUED]}, first: 50)`, the way the
 * resolver asks the read models (filter, oldest wait first, the total count), over N waiting conversations all
 * in that one queue; compared with the same SQL on the same table straight through better-sqlite3.
 */
runScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-board-'));
  const path = join(dir, 'handoff.db');
  try {
    await createEventLog(path);
    const writer = new EventLogWriter(path);
    writeWaitingConversations(writer, SIZES.boardConversations, QUEUE);
    writer.close();
    log(`queue board: ${SIZES.boardConversations.toLocaleString('en-US')} waiting conversations in one queue, building the read models`);
    const app = await startInProcess(path);
    try {
      const follower = app.get<ChangeFollower>(CHANGE_FOLLOWER);
      while (ALL_PROJECTIONS.some(({ name }) => follower.position(name) < BigInt(SIZES.boardConversations))) await sleep(50);
      const { conversations } = app.get(ReadModelCollections);
      const { where, order } = conversationQuery({ queueId: QUEUE, status: ['QUEUED'] });
      const board = async (): Promise<number> => {
        const t0 = nowMs();
        const page = await conversationPage(conversations, TENANT, { where, order, first: PAGE });
        if (page.documents.length !== PAGE || page.totalCount !== SIZES.boardConversations) throw new Error('unexpected queue board page');
        return nowMs() - t0;
      };
      const raw = rawBoard(path);
      for (let i = 0; i < WARM_UP; i++) {
        await board();
        raw.query();
      }
      const measured = await medianOf(SIZES.runs, async () => {
        const samples: number[] = [];
        const rawSamples: number[] = [];
        for (let i = 0; i < SIZES.boardQueries; i++) {
          samples.push(await board());
          rawSamples.push(raw.query());
        }
        return { p50: latencies(samples).p50, p95: latencies(samples).p95, rawP95: latencies(rawSamples).p95 };
      });
      raw.close();
      const scenario = `queue board, ${SIZES.boardConversations.toLocaleString('en-US')} waiting`;
      const baseline = { name: 'same SQL, raw', value: measured.rawP95 };
      return [
        { scenario, figure: 'first page of 50 + total, p50', unit: 'ms', value: measured.p50, runs: measured.runs },
        { scenario, figure: 'first page of 50 + total, p95', unit: 'ms', value: measured.p95, runs: measured.runs, baseline, target: { on: 'value', bound: 'max', limit: 5 } },
      ] satisfies Figure[];
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The adapter's two statements for that page (rows, then count) on the serving conversations table. */
function rawBoard(path: string): { query: () => number; close: () => void } {
  const db = new Database(path, { readonly: true });
  const generation = db.prepare("SELECT generation FROM rm_generations WHERE projection = 'conversations' AND active = 1").pluck().get() as number;
  const table = `rm_conversations_g${generation}`;
  const page = db.prepare(`SELECT doc FROM ${table} WHERE tenant_id = ? AND "queueId" = ? AND "status" IN (?) ORDER BY "waitingSince" ASC, id ASC LIMIT ?`);
  const count = db.prepare(`SELECT count(*) FROM ${table} WHERE tenant_id = ? AND "queueId" = ? AND "status" IN (?)`).pluck();
  return {
    query: () => {
      const t0 = nowMs();
      const rows = page.all(TENANT, QUEUE, 'QUEUED', PAGE + 1) as Array<{ doc: string }>;
      rows.slice(0, PAGE).map((row) => JSON.parse(row.doc));
      count.get(TENANT, QUEUE, 'QUEUED');
      return nowMs() - t0;
    },
    close: () => db.close(),
  };
}
