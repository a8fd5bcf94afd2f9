import { openSqlite, closeSqlite, EventStore, RecordedEvent } from '@handoff/event-store';
import { fieldOf, ReadStore } from '@handoff/read-store';
import { Projection } from '../projection';
import { ConversationDocument, conversationsProjection, transferReasonsProjection } from '../read-models';
import { caughtUp, SqliteFiles } from '../testing/read-model-fixture';
import { refusing } from '../testing/store-faults';
import { EventLog, toNewEvent } from '../testing/recorded';
import { SKIPPED_REASON } from './dead-letter-retry';

/** Fails fast where the projector used to retry the same batch for ever. */
const STALL_TIMEOUT_MS = 8000;

async function appendLog(eventStore: EventStore, events: readonly RecordedEvent[]): Promise<void> {
  for (const event of events) await eventStore.append(event.stream, [toNewEvent(event)], event.streamVersion - 1);
}

describe('Projector and events it can never apply', () => {
  let files: SqliteFiles;
  const errors: string[] = [];
  const logger = { log: () => undefined, warn: () => undefined, error: (message: string) => errors.push(message) };

  beforeEach(() => {
    files = new SqliteFiles();
    errors.length = 0;
  });
  afterEach(() => files.cleanup());

  function threeReasons(middle: string): EventLog {
    const log = new EventLog();
    for (const [index, name] of ['Billing', middle, 'Technical'].entries()) log.add('TransferReasonDefined', { reasonId: `r${index}`, name });
    return log;
  }

  async function reasonNames(readStore: ReadStore): Promise<string[]> {
    return (await readStore.getMany('transfer-reasons', 'acme', ['r0', 'r1', 'r2'])).map((r) => String(fieldOf(r, 'name')));
  }

  it('dead-letters an event whose stored row is not JSON, and goes on past it', async () => {
    const eventStore = files.eventStore();
    await appendLog(eventStore, threeReasons('Corrupted').events);
    const raw = openSqlite(files.path());
    raw.prepare("UPDATE events SET data = '{\"reasonId\": \"r1\", \"na' WHERE position = 2").run();
    closeSqlite(raw);
    const readStore = files.readStore();
    const projector = files.projector(eventStore, readStore, [transferReasonsProjection], { logger });
    await projector.start();
    await caughtUp(projector, eventStore, STALL_TIMEOUT_MS);

    expect(await reasonNames(readStore)).toEqual(['Billing', 'Technical']);
    expect(projector.deadLettered).toBe(1);
    expect(await readStore.deadLetters()).toEqual([
      expect.objectContaining({ projection: 'transfer-reasons', position: '2', error: 'the event at position 2 cannot be read: its data is not a JSON object' }),
    ]);
    expect(await projector.retryDeadLetters()).toMatchObject({ applied: 0, skipped: 0, failed: 1, remaining: 1 });
  });

  it('dead-letters an event whose documents the store refuses at commit, and goes on past it', async () => {
    const eventStore = files.eventStore();
    await appendLog(eventStore, threeReasons('Refused by the store').events);
    const readStore = files.readStore();
    const store = refusing(readStore, (commit) => commit.writes.some((w) => w.kind === 'put' && fieldOf(w.document, 'name') === 'Refused by the store'));
    const projector = files.projector(eventStore, store, [transferReasonsProjection], { logger });
    await projector.start();
    await caughtUp(projector, eventStore, STALL_TIMEOUT_MS);

    expect(await reasonNames(readStore)).toEqual(['Billing', 'Technical']);
    expect(projector.deadLettered).toBe(1);
    expect(await readStore.deadLetters()).toEqual([
      expect.objectContaining({ position: '2', error: 'the read store refused its documents: injected: document refused' }),
    ]);
  });

  it('dead-letters an event whose document holds a value the real store cannot index', async () => {
    const eventStore = files.eventStore();
    const log = new EventLog();
    log.add('ConversationOpened', { conversationId: 'c1', queueId: 'sales', channel: 'chat' });
    log.add('ConversationOpened', { conversationId: 'c2', queueId: { not: 'a scalar' } as unknown as string, channel: 'chat' });
    log.add('ConversationOpened', { conversationId: 'c3', queueId: 'sales', channel: 'chat' });
    await appendLog(eventStore, log.events);
    const readStore = files.readStore();
    const projector = files.projector(eventStore, readStore, [conversationsProjection], { logger });
    await projector.start();
    await caughtUp(projector, eventStore, STALL_TIMEOUT_MS);

    expect((await readStore.list('conversations', 'acme')).map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(await readStore.deadLetters()).toEqual([
      expect.objectContaining({ position: '2', error: expect.stringMatching(/^the read store refused its documents: /) }),
    ]);
  });

  it('keeps retrying and dead-letters nothing while the whole store refuses every commit', async () => {
    const eventStore = files.eventStore();
    await appendLog(eventStore, threeReasons('Market').events);
    const readStore = files.readStore();
    let down = true;
    const projector = files.projector(eventStore, refusing(readStore, () => down), [transferReasonsProjection], { logger });
    await projector.start();
    while (errors.filter((e) => e.includes('injected: document refused')).length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    down = false;
    await caughtUp(projector, eventStore, STALL_TIMEOUT_MS);

    expect(await reasonNames(readStore)).toEqual(['Billing', 'Market', 'Technical']);
    expect(projector.deadLettered).toBe(0);
    expect(await readStore.deadLetters()).toEqual([]);
  });

  it('reports a dead letter retried after later events of its document as skipped, not applied', async () => {
    const eventStore = files.eventStore();
    const log = new EventLog();
    log.add('ConversationOpened', { conversationId: 'c1', queueId: 'sales', channel: 'chat' });
    log.add('ConversationAssigned', { conversationId: 'c1', agentId: 'ana', queueId: 'sales' });
    log.add('ConversationClosed', { conversationId: 'c1' });
    await appendLog(eventStore, log.events);
    let broken = true;
    const fragile: Projection<ConversationDocument> = {
      ...conversationsProjection,
      async apply(event, documents) {
        if (broken && event.type === 'ConversationAssigned') throw new Error('cannot digest assignments');
        await conversationsProjection.apply(event, documents);
      },
    };
    const readStore = files.readStore();
    const projector = files.projector(eventStore, readStore, [fragile], { logger });
    await projector.start();
    await caughtUp(projector, eventStore);
    expect(await readStore.deadLetters()).toHaveLength(1);
    const before = await readStore.get('conversations', 'acme', 'c1');

    broken = false;
    const report = await projector.retryDeadLetters();

    expect(report).toEqual({
      applied: 0, skipped: 1, failed: 0, remaining: 0,
      letters: [{ projection: 'conversations', position: '2', outcome: 'skipped', reason: SKIPPED_REASON }],
    });
    expect(await readStore.get('conversations', 'acme', 'c1')).toEqual(before);
  });
});
