import { SqliteEventStore } from '@handoff/event-store';
import { AppConfig } from '@handoff/platform';
import { ALL_PROJECTIONS, ChangeFollower, Projector } from '@handoff/projections';
import { ReadStore, SqliteReadStore } from '@handoff/read-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recorded, toNewEvent } from '../../../../libs/projections/src/testing/recorded';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { systemClock } from '../shared/clock';
import { LiveUpdates } from './live-updates.service';

/** The real read store, whose next `failures` reads of a conversation fail (a store failing over). */
function conversationReadsFail(store: ReadStore, failures: number): ReadStore {
  let left = failures;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'get') return typeof value === 'function' ? value.bind(target) : value;
      return (collection: string, tenantId: string, id: string) => {
        if (collection === 'conversations' && left-- > 0) return Promise.reject(new Error('injected read failure'));
        return target.get(collection, tenantId, id);
      };
    },
  });
}

describe('LiveUpdates when a changed document cannot be read at first', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-live-'));
  const eventStore = new SqliteEventStore(join(dir, 'handoff.db'));
  const readStore = new SqliteReadStore(join(dir, 'handoff.db'));
  const projector = new Projector(eventStore, readStore, ALL_PROJECTIONS);
  const follower = new ChangeFollower(readStore, { pollIntervalMs: 5 });
  const config = { readYourWritesTimeoutMs: 1000 } as AppConfig;
  const live = new LiveUpdates(follower, new ReadModelCollections(conversationReadsFail(readStore, 3)), systemClock);

  beforeAll(async () => {
    await projector.start();
    await follower.start(ALL_PROJECTIONS.map((p) => p.name));
    live.onModuleInit();
  });

  afterAll(async () => {
    live.onModuleDestroy();
    follower.stop();
    await projector.stop();
    await readStore.close();
    await eventStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads it again and tells the subscriber, instead of dropping the change', async () => {
    const updates = live.subscribe('conversationUpdated', 'acme', () => true);
    const event = recorded('ConversationOpened', { conversationId: 'c1', queueId: 'sales', channel: 'webchat' }, { eventId: 'open-c1' });
    await eventStore.append(event.stream, [toNewEvent(event)], 'no_stream');

    const nothing = new Promise((resolve) => setTimeout(() => resolve('nothing within 5 s'), 5000).unref());
    const update = await Promise.race([updates.next(), nothing]);

    expect(update).toEqual({ done: false, value: { conversationUpdated: expect.objectContaining({ id: 'c1', status: 'QUEUED' }) } });
    await updates.return?.();
  });
});
