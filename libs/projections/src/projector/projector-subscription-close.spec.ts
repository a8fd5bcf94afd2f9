import { EventStore, EventSubscription } from '@handoff/event-store';
import { ReadStore } from '@handoff/read-store';
import { conversationsProjection } from '../read-models';
import { recorded, toNewEvent } from '../testing/recorded';
import { caughtUp, SqliteFiles } from '../testing/read-model-fixture';

/** The real event store, whose subscriptions close for real and then report a failure (a connection already gone). */
function closeFails(store: EventStore): EventStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'subscribe') return typeof value === 'function' ? value.bind(target) : value;
      return (from: bigint): EventSubscription => {
        const subscription = target.subscribe(from);
        return {
          [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
          close: async () => {
            await subscription.close();
            throw new Error('injected close failure');
          },
        };
      };
    },
  });
}

/** The real read store, whose next commit fails once: the projector then resumes from its checkpoints. */
function commitFailsOnce(store: ReadStore): ReadStore {
  let failed = false;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'commit') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: Parameters<ReadStore['commit']>) => {
        if (failed) return target.commit(...args);
        failed = true;
        return Promise.reject(new Error('injected commit failure'));
      };
    },
  });
}

describe('Projector when closing its log subscription fails', () => {
  let files: SqliteFiles;
  const unhandled: unknown[] = [];
  const recordUnhandled = (reason: unknown): void => void unhandled.push(reason);

  beforeEach(() => {
    files = new SqliteFiles();
    unhandled.length = 0;
    process.on('unhandledRejection', recordUnhandled);
  });

  afterEach(async () => {
    await files.cleanup();
    process.off('unhandledRejection', recordUnhandled);
  });

  async function open(eventStore: EventStore, conversationId: string): Promise<void> {
    const event = recorded('ConversationOpened', { conversationId, queueId: 'sales', channel: 'webchat' }, { eventId: `open-${conversationId}` });
    await eventStore.append(event.stream, [toNewEvent(event)], 'no_stream');
  }

  it('resubscribes and keeps projecting after a failed batch, and stops cleanly, rejecting nothing unhandled', async () => {
    const eventStore = files.eventStore();
    const readStore = files.readStore();
    const projector = files.projector(closeFails(eventStore), commitFailsOnce(readStore), [conversationsProjection]);
    await projector.start();

    await open(eventStore, 'c1');
    await caughtUp(projector, eventStore);
    await open(eventStore, 'c2');
    await caughtUp(projector, eventStore);

    expect(await readStore.get('conversations', 'acme', 'c2')).toMatchObject({ id: 'c2' });
    await expect(projector.stop()).resolves.toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  });
});
