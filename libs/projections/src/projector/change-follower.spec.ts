import { ChangeRecord, SqliteReadStore } from '@handoff/read-store';
import { SqliteEventStore } from '@handoff/event-store';
import { ALL_PROJECTIONS } from '../read-models';
import { recorded, toNewEvent } from '../testing/recorded';
import { SqliteFiles, waitUntil } from '../testing/read-model-fixture';
import { ChangeFollower } from './change-follower';
import { Projector } from './projector';

const WAIT_MS = 5000;

describe('ChangeFollower', () => {
  let files: SqliteFiles;
  let eventStore: SqliteEventStore;
  let projectorStore: SqliteReadStore;
  let apiStore: SqliteReadStore;
  let projector: Projector;
  let follower: ChangeFollower;
  const changes: ChangeRecord[] = [];

  beforeEach(async () => {
    files = new SqliteFiles();
    eventStore = files.eventStore();
    projectorStore = files.readStore();
    // The follower reads through a connection of its own, as an API process beside the projector would.
    apiStore = files.readStore();
    await apiStore.init(ALL_PROJECTIONS.map((p) => p.collection));
    projector = files.projector(eventStore, projectorStore, ALL_PROJECTIONS);
    follower = new ChangeFollower(apiStore, { pollIntervalMs: 5 });
    changes.length = 0;
    follower.onChange((change) => changes.push(change));
  });

  afterEach(async () => {
    follower.stop();
    await files.cleanup();
  });

  async function open(conversationId: string): Promise<bigint> {
    const event = recorded('ConversationOpened', { conversationId, queueId: 'sales', channel: 'webchat' }, { eventId: `open-${conversationId}` });
    return (await eventStore.append(event.stream, [toNewEvent(event)], 'no_stream')).position;
  }

  it('resolves waitForPosition once the projector committed the position: the document is then there to read', async () => {
    await projector.start();
    await follower.start(ALL_PROJECTIONS.map((p) => p.name));

    const position = await open('c1');

    expect(await follower.waitForPosition('conversations', position, WAIT_MS)).toBe(true);
    expect(follower.position('conversations')).toBeGreaterThanOrEqual(position);
    expect(await apiStore.get('conversations', 'acme', 'c1')).toMatchObject({ status: 'QUEUED' });
  });

  it('names the changed documents in each change record', async () => {
    await projector.start();
    await follower.start(ALL_PROJECTIONS.map((p) => p.name));

    const position = await open('c1');
    await follower.waitForPosition('queues', position, WAIT_MS);
    await follower.waitForPosition('conversations', position, WAIT_MS);

    const changed = (projection: string) =>
      changes.filter((c) => c.projection === projection && BigInt(c.checkpoint) >= position).flatMap((c) => c.changed);
    expect(changed('conversations')).toEqual([{ tenantId: 'acme', id: 'c1' }]);
    expect(changed('queues')).toEqual(expect.arrayContaining([{ tenantId: 'acme', id: 'conversation:c1' }, { tenantId: 'acme', id: 'queue:sales' }]));
    expect(changed('transfer-reasons')).toEqual([]);
  });

  it('starts from the checkpoints as they stand, without replaying earlier changes', async () => {
    await projector.start();
    const position = await open('c1');
    const early = new ChangeFollower(apiStore, { pollIntervalMs: 5 });
    await early.start(['conversations']);
    await early.waitForPosition('conversations', position, WAIT_MS);
    early.stop();
    const seen: ChangeRecord[] = [];
    follower.onChange((change) => seen.push(change));

    await follower.start(['conversations']);

    expect(follower.position('conversations')).toBeGreaterThanOrEqual(position);
    expect(seen).toEqual([]);
  });

  it('resolves waitForPosition false when the position is not reached in time', async () => {
    await follower.start(['conversations']);
    const position = await open('c1');

    expect(await follower.waitForPosition('conversations', position, 50)).toBe(false);
  });

  it('sees the position of a generation swapped in by a rebuild', async () => {
    await projector.start();
    await follower.start(['conversations']);
    const position = await open('c1');
    await follower.waitForPosition('conversations', position, WAIT_MS);

    await projector.requestRebuild(['conversations']);
    await projector.whenBuilt();

    const swap = (c: ChangeRecord): boolean => c.projection === 'conversations' && c.changed.length === 0;
    await waitUntil('the swap is in the change log', () => changes.some(swap));
    expect(changes.find(swap)?.checkpoint).toBe(position.toString());
    expect(await follower.waitForPosition('conversations', position, WAIT_MS)).toBe(true);
    expect(await apiStore.get('conversations', 'acme', 'c1')).toMatchObject({ id: 'c1' });
  });

  describe('when the change log cannot be read for a while', () => {
    const unhandled: unknown[] = [];
    const recordUnhandled = (reason: unknown): void => void unhandled.push(reason);
    let failing: boolean;
    let flaky: ChangeFollower;

    beforeEach(() => {
      unhandled.length = 0;
      failing = false;
      process.on('unhandledRejection', recordUnhandled);
      // The real store, but its change log read fails on demand (a primary stepping down, a locked file).
      const store = new Proxy(apiStore, {
        get(target, property, receiver) {
          if (property === 'changesAfter' && failing) return () => Promise.reject(new Error('read store unavailable'));
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      flaky = new ChangeFollower(store, { pollIntervalMs: 5 });
    });

    afterEach(() => {
      flaky.stop();
      process.off('unhandledRejection', recordUnhandled);
    });

    it('reports the failure, rejects nothing unhandled, and delivers every change once when the log is readable again', async () => {
      await projector.start();
      await flaky.start(['conversations']);
      const seen: ChangeRecord[] = [];
      flaky.onChange((change) => seen.push(change));

      failing = true;
      const position = await open('c1');
      await waitUntil('the follower to report the failure', () => flaky.status().following === false);
      // Several more attempts fail (polls, a read-your-writes wait) before the store comes back.
      await waitUntil('a few failed attempts', () => (flaky.status() as { failures: number }).failures >= 3);
      expect(await flaky.waitForPosition('conversations', position, 20)).toBe(false);
      expect(flaky.status()).toMatchObject({ following: false, error: 'read store unavailable' });
      failing = false;

      expect(await flaky.waitForPosition('conversations', position, WAIT_MS)).toBe(true);
      await waitUntil('the follower to report it follows again', () => flaky.status().following);
      const conversationChanges = seen.filter((c) => c.projection === 'conversations').flatMap((c) => c.changed);
      expect(conversationChanges).toEqual([{ tenantId: 'acme', id: 'c1' }]);
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    });
  });
});
