import Database from 'better-sqlite3';
import { closedLoop, latencies, nowMs } from './stats';

/**
 * The physical limits the figures are compared with: better-sqlite3 on the event store's own table, WAL and
 * synchronous=FULL as the adapter opens it, with nothing of ours in between.
 */
const SAMPLE_DATA = JSON.stringify({
  conversationId: 'c-000123', fromAgentId: 'agent-17', toAgentId: 'agent-18', reasonId: 'reason-3', reasonName: 'Billing', note: 'Customer asks about an invoice',
});
const SAMPLE_METADATA = JSON.stringify({
  tenantId: 'bench', actor: { id: 'sup-1', role: 'SUPERVISOR' }, occurredAt: '2026-01-05T08:00:00.000Z',
  commandId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', correlationId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  causationId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', schemaVersion: 1,
});

function open(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

const INSERT = 'INSERT INTO events (event_id, stream, version, type, data, metadata, command_id) VALUES (?, ?, ?, ?, ?, ?, ?)';

/** One durable transaction per event, each checking the stream's version first: what a single writer can do. */
export async function perEventTransactions(path: string, events: number, streams: number): Promise<{ eventsPerSecond: number; p50: number; p99: number }> {
  const db = open(path);
  const insert = db.prepare(INSERT);
  const streamVersion = db.prepare('SELECT coalesce(max(version), 0) FROM events WHERE stream = ?').pluck();
  const expected = new Map<string, number>();
  const append = db.transaction((index: number) => {
    const stream = `conversation-bench.c-${index % streams}`;
    const current = streamVersion.get(stream) as number;
    if (current !== (expected.get(stream) ?? 0)) throw new Error(`version conflict on ${stream}`);
    insert.run(`raw-${index}`, stream, current + 1, 'ConversationTransferred', SAMPLE_DATA, SAMPLE_METADATA, `raw-${index}`);
    expected.set(stream, current + 1);
  });
  const { elapsedMs, samples } = await closedLoop(events, 1, async (index) => append.immediate(index));
  db.close();
  const { p50, p99 } = latencies(samples);
  return { eventsPerSecond: (events / elapsedMs) * 1000, p50, p99 };
}

/** Many events per durable transaction: the bulk write rate. */
export function batchedInsert(path: string, events: number, perTransaction: number): { eventsPerSecond: number } {
  const db = open(path);
  const insert = db.prepare(INSERT);
  const write = db.transaction((from: number, to: number) => {
    for (let index = from; index < to; index++) {
      insert.run(`bulk-${index}`, `conversation-bench.c-${index}`, 1, 'ConversationTransferred', SAMPLE_DATA, SAMPLE_METADATA, `bulk-${index}`);
    }
  });
  const started = nowMs();
  for (let from = 0; from < events; from += perTransaction) write.immediate(from, Math.min(events, from + perTransaction));
  const elapsedMs = nowMs() - started;
  db.close();
  return { eventsPerSecond: (events / elapsedMs) * 1000 };
}

/** Every row of the log in position order, in pages as the adapter reads them, without decoding the JSON. */
export function readAll(path: string, page: number): { eventsPerSecond: number; events: number } {
  const db = open(path);
  const read = db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?');
  const started = nowMs();
  let events = 0;
  let position = 0;
  for (;;) {
    const rows = read.all(position, page) as Array<{ position: number }>;
    if (rows.length === 0) break;
    events += rows.length;
    position = rows[rows.length - 1].position;
  }
  const elapsedMs = nowMs() - started;
  db.close();
  return { eventsPerSecond: (events / elapsedMs) * 1000, events };
}
