import { collection } from '@handoff/read-store';
import { appendAll } from '../../testing/event-generator';
import { caughtUp, SqliteFiles } from '../../testing/read-model-fixture';
import { EventLog, toNewEvent } from '../../testing/recorded';
import { queuesProjection } from '../queues/queues.projection';
import { BOARD_CHECKPOINTS, BoardCheckpointDocument, boardCheckpointsProjectionEvery } from './board-checkpoints.projection';
import { boardAt } from './board-checkpoints.queries';
import { BoardState, boardSummaries, foldBoard } from './board-state';

const HOUR = 3_600_000;

describe('board checkpoints: when they are taken, and how large they may grow', () => {
  const files = new SqliteFiles();
  afterAll(() => files.cleanup());

  async function checkpointsOf(log: EventLog, every: number, name: string) {
    const eventStore = files.eventStore(name);
    const readStore = files.readStore(name);
    await appendAll(eventStore, log.events.map((event) => ({
      stream: event.stream, events: [toNewEvent(event)], expectedVersion: event.streamVersion === 1 ? 'no_stream' as const : event.streamVersion - 1,
    })));
    const projector = files.projector(eventStore, readStore, [queuesProjection, boardCheckpointsProjectionEvery(every)]);
    await projector.start();
    await caughtUp(projector, eventStore);
    const checkpoints = collection(readStore, BOARD_CHECKPOINTS);
    const stored = (await checkpoints.list('tenant-1', [{ field: 'kind', eq: 'checkpoint' }])) as BoardCheckpointDocument[];
    return { eventStore, checkpoints, stored };
  }

  it('takes one at least every hour of log time, however few the events', async () => {
    const log = new EventLog({ tenantId: 'tenant-1' });
    const start = Date.parse('2026-03-02T08:00:00.000Z');
    for (let i = 0; i < 6; i++) {
      log.add('ConversationOpened', { conversationId: `c${i}`, queueId: 'q1', channel: 'chat' }, { at: new Date(start + i * 61 * 60_000).toISOString() });
    }
    const { stored } = await checkpointsOf(log, 1000, 'hourly.db');
    expect(stored.map((checkpoint) => checkpoint.upTo)).toEqual(log.events.slice(1).map((event) => event.metadata.occurredAt));
    expect(Date.parse(stored[stored.length - 1].upTo) - start).toBeGreaterThan(5 * HOUR);
  });

  it('splits a checkpoint of many open conversations into parts, and folds from it all the same', async () => {
    const log = new EventLog({ tenantId: 'tenant-1' });
    const start = Date.parse('2026-03-02T08:00:00.000Z');
    for (let i = 0; i < 12_000; i++) {
      log.add('ConversationOpened', { conversationId: `c${i}`, queueId: `q${i % 3}`, channel: 'chat' }, { at: new Date(start + i * 100).toISOString() });
    }
    const { eventStore, checkpoints, stored } = await checkpointsOf(log, 1000, 'parts.db');
    expect(Math.max(...stored.map((checkpoint) => checkpoint.parts))).toBeGreaterThan(1);
    // Never fewer events between checkpoints than the last one holds: writing them stays linear in the log.
    expect(stored.length).toBeLessThan(8);
    const at = log.events[11_500].metadata.occurredAt;
    const plain = new BoardState();
    for (const event of log.events.slice(0, 11_501)) await foldBoard(plain, event);
    expect(boardSummaries(await boardAt(eventStore, checkpoints, 'tenant-1', at), new Date(at))).toEqual(boardSummaries(plain, new Date(at)));
  }, 60_000);
});
