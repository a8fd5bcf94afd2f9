import { SqliteEventStore } from '@handoff/event-store';
import { ALL_PROJECTIONS, ChangeFollower, CONVERSATIONS, Projector } from '@handoff/projections';
import { SqliteReadStore } from '@handoff/read-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recorded, toNewEvent } from '../../../../libs/projections/src/testing/recorded';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { systemClock } from '../shared/clock';
import { LiveUpdates } from './live-updates.service';

/** A mutation's answer after its write shows: Apollo's and Express's promise chain, here as that many promise turns. */
const ANSWER_TURNS = 2000;

describe('LiveUpdates and the mutation that made the change', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-live-order-'));
  const eventStore = new SqliteEventStore(join(dir, 'handoff.db'));
  const readStore = new SqliteReadStore(join(dir, 'handoff.db'));
  const projector = new Projector(eventStore, readStore, ALL_PROJECTIONS);
  const follower = new ChangeFollower(readStore, { pollIntervalMs: 5 });
  const live = new LiveUpdates(follower, new ReadModelCollections(readStore), systemClock);

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

  it('pushes the change to subscribers after the mutation waiting for it has answered, not while it answers', async () => {
    const order: string[] = [];
    const updates = live.subscribe('conversationUpdated', 'acme', () => true);
    const pushed = updates.next().then(() => order.push('pushed'));
    const event = recorded('ConversationOpened', { conversationId: 'c1', queueId: 'sales', channel: 'webchat' }, { eventId: 'open-c1' });
    // Waiting from before the append, as the mutation does (its append's position is the next one).
    const position = (await eventStore.headPosition()) + 1n;
    const answered = follower.waitForPosition(CONVERSATIONS.name, position, 5000).then(async (reached) => {
      for (let turn = 0; turn < ANSWER_TURNS; turn++) await null;
      order.push(reached ? 'answered' : 'timed out');
    });
    await eventStore.append(event.stream, [toNewEvent(event)], 'no_stream');
    await Promise.all([answered, pushed]);
    expect(order).toEqual(['answered', 'pushed']);
    await updates.return?.();
  });
});
