import { conversationStream, decodeEvent } from '@handoff/domain';
import { NewEvent } from '@handoff/event-store';
import { collection } from '@handoff/read-store';
import { caughtUp, SqliteFiles } from '../../testing/read-model-fixture';
import { recorded, toNewEvent } from '../../testing/recorded';
import { CONVERSATIONS, conversationsProjection } from './conversations.projection';
import { findConversation } from './conversations.queries';

/** ConversationOpened as schemaVersion 0 stored it: the contact in two flat fields. */
function openedAtV0(conversationId: string): NewEvent {
  const current = toNewEvent(recorded('ConversationOpened', { conversationId, queueId: 'sales', channel: 'webchat' }));
  return {
    ...current,
    data: { conversationId, queueId: 'sales', channel: 'webchat', contactId: 'k-7', contactName: 'Kim' },
    metadata: { ...current.metadata, schemaVersion: 0 },
  };
}

describe('an event stored in an older shape', () => {
  const files = new SqliteFiles();
  afterAll(() => files.cleanup());

  it('is read back from the event store by the decoder in the current shape', async () => {
    const eventStore = files.eventStore();
    await eventStore.append(conversationStream('acme', 'c1'), [openedAtV0('c1')], 'no_stream');

    const [stored] = await eventStore.readStream(conversationStream('acme', 'c1'));

    expect(stored.data).toEqual({ conversationId: 'c1', queueId: 'sales', channel: 'webchat', contactId: 'k-7', contactName: 'Kim' });
    expect(decodeEvent(stored)).toEqual({
      type: 'ConversationOpened',
      data: { conversationId: 'c1', queueId: 'sales', channel: 'webchat', contact: { id: 'k-7', name: 'Kim' } },
    });
  });

  it('shows in the read model its projection builds with the current field', async () => {
    const eventStore = files.eventStore('projected.db');
    const readStore = files.readStore('projected.db');
    await eventStore.append(conversationStream('acme', 'c2'), [openedAtV0('c2')], 'no_stream');
    const projector = files.projector(eventStore, readStore, [conversationsProjection]);
    await projector.start();
    await caughtUp(projector, eventStore);

    const conversation = await findConversation(collection(readStore, CONVERSATIONS), 'acme', 'c2');

    expect(conversation).toMatchObject({ id: 'c2', status: 'QUEUED', contact: { id: 'k-7', name: 'Kim' } });
  });
});
