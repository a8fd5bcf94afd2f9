import { RecordedEvent } from '@handoff/event-store';
import { SqliteFiles, waitUntil } from '../../testing/read-model-fixture';
import { EventLog, toNewEvent, utc } from '../../testing/recorded';
import { AUDIT_PROJECTIONS } from './audit-index.projection';
import { AuditIndexes, auditIndexes, auditPage, AuditQuery } from './audit-index.queries';

/** Clocks out of order: some events carry a time behind (or equal to) an earlier event's, one far behind. */
const TIMES = ['10:00:00', '10:00:05', '10:00:03', '10:00:05', '10:00:10', '09:59:00', '10:00:07', '10:00:12', '10:00:12', '10:00:11', '10:00:20'];

function writeLog(): RecordedEvent[] {
  const log = new EventLog();
  TIMES.forEach((time, i) => {
    const agentId = i % 2 === 0 ? 'ana' : 'bob';
    log.add('ConversationAssigned', { conversationId: `c-${i}`, agentId, queueId: 'sales' }, { at: utc(time) });
  });
  return log.events;
}

describe('audit index time ranges over clocks out of order', () => {
  const files = new SqliteFiles();
  let events: RecordedEvent[];
  let indexes: AuditIndexes;

  beforeAll(async () => {
    events = writeLog();
    const eventStore = files.eventStore();
    for (const event of events) await eventStore.append(event.stream, [toNewEvent(event)], 'any');
    const readStore = files.readStore('read.db');
    const projector = files.projector(eventStore, readStore, AUDIT_PROJECTIONS);
    await projector.start();
    const head = await eventStore.headPosition();
    await waitUntil('the audit index to catch up', () => projector.status().every((s) => s.position >= head));
    indexes = auditIndexes(readStore);
  });
  afterAll(() => files.cleanup());

  async function allPages(query: AuditQuery, size: number): Promise<string[]> {
    const seen: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await auditPage(indexes, 'acme', query, { first: size, before });
      seen.push(...page.documents.map((row) => row.position));
      if (!page.hasNextPage) return seen;
      before = page.documents.at(-1)?.sortPosition;
    }
  }

  /** Exactly the events whose own time is in [from, to), newest first by position. */
  function expected(query: AuditQuery): string[] {
    return events
      .map((event, i) => ({ position: String(i + 1), at: event.metadata.occurredAt, agents: [event.data.agentId] }))
      .filter((e) => (!query.from || e.at >= query.from) && (!query.to || e.at < query.to) && (!query.agentId || e.agents.includes(query.agentId)))
      .map((e) => e.position)
      .reverse();
  }

  const bounds = [undefined, ...['09:58:59', '09:59:00', '10:00:00', '10:00:03', '10:00:04', '10:00:05', '10:00:07', '10:00:11', '10:00:12', '10:00:13', '10:00:20', '10:00:21'].map((t) => utc(t))];

  it('selects exactly the events of every range, from inclusive, to exclusive, newest first, at every page size', async () => {
    for (const from of bounds) {
      for (const to of bounds) {
        if (from && to && from >= to) continue;
        for (const agentId of [undefined, 'ana']) {
          const query: AuditQuery = { from, to, agentId };
          for (const size of [1, 2, 50]) expect({ query, size, positions: await allPages(query, size) }).toEqual({ query, size, positions: expected(query) });
        }
      }
    }
  });
});

describe('audit index time ranges with many late events', () => {
  const files = new SqliteFiles();
  const LATE = 1100;
  let indexes: AuditIndexes;

  beforeAll(async () => {
    const log = new EventLog();
    log.add('ConversationAssigned', { conversationId: 'first', agentId: 'ana', queueId: 'sales' }, { at: utc('11:00:00') });
    for (let i = 0; i < LATE; i++) {
      log.add('ConversationAssigned', { conversationId: `late-${i}`, agentId: 'ana', queueId: 'sales' }, { at: new Date(Date.parse(utc('10:00:00')) + i).toISOString() });
    }
    const eventStore = files.eventStore();
    // Appended in one turn: one group commit, in this order.
    await Promise.all(log.events.map((event) => eventStore.append(event.stream, [toNewEvent(event)], 'any')));
    const readStore = files.readStore('read.db');
    const projector = files.projector(eventStore, readStore, AUDIT_PROJECTIONS);
    await projector.start();
    const head = await eventStore.headPosition();
    await waitUntil('the audit index to catch up', () => projector.status().every((s) => s.position >= head));
    indexes = auditIndexes(readStore);
  });
  afterAll(() => files.cleanup());

  it('pages through more late events than it reads at once, exactly and newest first', async () => {
    for (const agentId of [undefined, 'ana']) {
      const query: AuditQuery = { from: utc('10:00:00'), to: utc('10:30:00'), agentId };
      const seen: string[] = [];
      let before: string | undefined;
      // Bounded: a page that never moves on fails here instead of hanging.
      for (let more = true, pages = 0; more && pages <= LATE / 50 + 1; pages++) {
        const page = await auditPage(indexes, 'acme', query, { first: 50, before });
        seen.push(...page.documents.map((row) => row.position));
        before = page.documents.at(-1)?.sortPosition;
        more = page.hasNextPage;
      }
      expect(seen).toEqual(Array.from({ length: LATE }, (_, i) => String(LATE + 1 - i)));
    }
  });
});
