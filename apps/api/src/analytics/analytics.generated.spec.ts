import { RecordedEvent } from '@handoff/event-store';
import {
  hourOf, QUEUE_PERFORMANCE, queuePerformanceProjection, TRANSFER_FACTS, transferFactsProjection,
} from '@handoff/projections';
import { collection } from '@handoff/read-store';
import { analyticsLog } from '../../../../libs/projections/src/testing/analytics-log';
import { referenceQueuePerformance, referenceTransferAnalytics, referenceTransfers } from '../../../../libs/projections/src/testing/analytics-reference';
import { appendAll, recordAll, seededRandom } from '../../../../libs/projections/src/testing/event-generator';
import { caughtUp, SqliteFiles } from '../../../../libs/projections/src/testing/read-model-fixture';
import { queuePerformanceRows } from './queue-performance-rows';
import { transferFigures } from './transfer-analytics';

const TENANT = 'acme';
const QUEUES = ['queue-1', 'queue-2', 'queue-3'];
const HOUR_MS = 3_600_000;

/** A generated log through the real deciders, appended to a real SQLite store and projected by the real projector. */
async function projected(files: SqliteFiles, seed: number, steps: number) {
  const appends = analyticsLog({ seed, steps, tenantId: TENANT });
  const log = recordAll(appends);
  const eventStore = files.eventStore();
  const readStore = files.readStore();
  const projector = files.projector(eventStore, readStore, [queuePerformanceProjection, transferFactsProjection]);
  await projector.start();
  await appendAll(eventStore, appends, 500);
  await caughtUp(projector, eventStore);
  return { log, readModels: { queuePerformance: collection(readStore, QUEUE_PERFORMANCE), transferFacts: collection(readStore, TRANSFER_FACTS) } };
}

const typed = (log: readonly RecordedEvent[], type: string, data: Record<string, unknown> = {}) =>
  log.filter((e) => e.type === type && Object.entries(data).every(([k, v]) => (e.data as Record<string, unknown>)[k] === v));

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

function expectFigures(actual: Record<string, unknown>, expected: Record<string, number | null>): void {
  for (const [field, value] of Object.entries(expected)) {
    if (value === null || Number.isInteger(value)) expect({ field, value: actual[field] }).toEqual({ field, value });
    else expect({ field, value: actual[field] as number }).toEqual({ field, value: expect.closeTo(value, 6) });
  }
}

describe('queue performance and transfer analytics over generated logs', () => {
  let files: SqliteFiles;
  beforeEach(() => (files = new SqliteFiles()));
  afterEach(() => files.cleanup());

  it.each([1, 2])('queue performance per hour, per day and per range equals a plain fold over the events (seed %i)', async (seed) => {
    const { log, readModels } = await projected(files, seed, 2500);
    // The log covers what the definitions turn on.
    expect(typed(log, 'ConversationOfferDeclined').length).toBeGreaterThan(5);
    expect(typed(log, 'ConversationOfferExpired').length).toBeGreaterThan(5);
    expect(typed(log, 'SlaBreached', { kind: 'QUEUE_WAIT' }).length).toBeGreaterThan(5);
    expect(typed(log, 'ConversationReturnedToQueue').length).toBeGreaterThan(5);
    expect(typed(log, 'QueueConfigured').length).toBeGreaterThan(5);
    expect(log.filter((e) => Date.parse(e.metadata.occurredAt) % HOUR_MS === 0).length).toBeGreaterThan(5);
    expect(log.filter((e) => Date.parse(e.metadata.occurredAt) % HOUR_MS === HOUR_MS - 1).length).toBeGreaterThan(5);
    const start = Date.parse(hourOf(log[0].metadata.occurredAt));
    const end = Date.parse(hourOf(log[log.length - 1].metadata.occurredAt)) + HOUR_MS;

    const hourly = await collect(queuePerformanceRows(readModels, TENANT, { from: new Date(start), to: new Date(end), granularity: 'hour' }));
    expect(hourly).toHaveLength(QUEUES.length * ((end - start) / HOUR_MS));
    for (const row of hourly) {
      expectFigures(row as unknown as Record<string, unknown>, referenceQueuePerformance(log, row.queueId, Date.parse(row.from), Date.parse(row.to)));
    }
    const abandoned = hourly.reduce((sum, row) => sum + row.abandoned, 0);
    expect(abandoned).toBeGreaterThan(5);

    const random = seededRandom(seed);
    for (let i = 0; i < 10; i++) {
      const from = start + Math.floor(random() * (end - start));
      const to = from + 1 + Math.floor(random() * (end - from));
      const queueIds = [QUEUES[i % QUEUES.length]];
      const granularity = i % 2 === 0 ? 'range' : 'day';
      const rows = await collect(queuePerformanceRows(readModels, TENANT, { from: new Date(from), to: new Date(to), queueIds, granularity }));
      for (const row of rows) {
        expect(row.queueId).toBe(queueIds[0]);
        expectFigures(row as unknown as Record<string, unknown>, referenceQueuePerformance(log, row.queueId, Date.parse(row.from), Date.parse(row.to)));
      }
      // Rounded down to the hour at both ends, like AgentPerformance.
      if (rows.length > 0) expect([rows[0].from, rows[rows.length - 1].to]).toEqual([hourOf(new Date(from).toISOString()), hourOf(new Date(to).toISOString())]);
    }
  });

  it.each([1, 2])('transfer analytics over any [from, to) equals the definitions read literally (seed %i)', async (seed) => {
    const { log, readModels } = await projected(files, seed, 2500);
    const transfers = referenceTransfers(log);
    expect(transfers.filter((t) => t.returnToPreviousHolder).length).toBeGreaterThan(5);
    expect(transfers.filter((t) => t.retransfer && !t.returnToPreviousHolder).length).toBeGreaterThan(5);
    expect(transfers.filter((t) => t.firstReplySeconds !== null).length).toBeGreaterThan(5);
    expect(transfers.filter((t) => t.firstReplySeconds === null).length).toBeGreaterThan(5);
    const start = Date.parse(log[0].metadata.occurredAt);
    const end = Date.parse(log[log.length - 1].metadata.occurredAt) + 1;
    const random = seededRandom(seed + 100);
    const ranges: Array<[number, number, string?]> = [[start, end], [start, end, 'queue-2']];
    for (let i = 0; i < 12; i++) {
      const from = start + Math.floor(random() * (end - start));
      const to = from + 1 + Math.floor(random() * (end - from));
      ranges.push([from, to, i % 3 === 0 ? undefined : QUEUES[i % QUEUES.length]]);
    }
    // Ends exactly on a transfer's time ([from, to) takes it at `from`, not at `to`), on whole hours, within one hour.
    const some = transfers[Math.floor(transfers.length / 2)].at;
    const hour = Math.floor(some / HOUR_MS) * HOUR_MS;
    ranges.push([some, end], [start, some], [hour, hour + 5 * HOUR_MS], [hour - HOUR_MS, hour + HOUR_MS, 'queue-1'], [hour + 60_000, hour + 1_800_000], [some, some + 1], [hour, some]);
    for (const [from, to, queueId] of ranges) {
      const range = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
      const figures = await transferFigures(readModels, TENANT, { ...range, ...(queueId ? { queueId } : {}) });
      const expected = referenceTransferAnalytics(log, from, to, queueId);
      expectFigures(figures as unknown as Record<string, unknown>, {
        transfers: expected.transfers, conversations: expected.conversations, retransfers: expected.retransfers,
        returnsToPreviousHolder: expected.returnsToPreviousHolder, avgFirstReplyAfterTransferSeconds: expected.avgFirstReplyAfterTransferSeconds,
      });
      expect(Object.fromEntries(figures.byReason.map((r) => [r.reasonId, r.count]))).toEqual(expected.byReason);
      expect(Object.fromEntries(figures.flows.map((f) => [`${f.reasonId} ${f.fromAgentId}>${f.toAgentId}`, f.count]))).toEqual(expected.flows);
      const counts = figures.flows.map((f) => f.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});
