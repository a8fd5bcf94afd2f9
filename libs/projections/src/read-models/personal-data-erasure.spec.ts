import { project } from '../testing/memory-documents';
import { EventLog } from '../testing/recorded';
import { ConversationDocument, conversationsProjection } from './conversations/conversations.projection';
import { TransferHistoryDocument, transferHistoryProjection } from './transfer-history/transfer-history.projection';

const conversationId = 'conv-1';

function transferredWithNotes(log: EventLog): string {
  log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'email', contact: { id: 'k1', name: 'Ana Pérez' } });
  log.add('ConversationAssigned', { conversationId, agentId: 'a', queueId: 'sales' });
  const transfer = log.add('ConversationTransferred', { conversationId, fromAgentId: 'a', toAgentId: 'b', reasonId: 'billing', reasonName: 'Billing', note: 'tax id 20-1' });
  log.add('ConversationTransferred', { conversationId: 'conv-2', fromAgentId: 'a', toAgentId: 'b', reasonId: 'billing', reasonName: 'Billing', note: 'kept' });
  return transfer.eventId;
}

describe('the erasure of a conversation\'s personal data in the read models', () => {
  it('drops the contact name and the last transfer\'s note from the conversation, and marks it erased', async () => {
    const log = new EventLog();
    const transferId = transferredWithNotes(log);
    log.add('ConversationPersonalDataErased', { conversationId, contactId: 'k1', transferIds: [transferId] });

    const [conversation] = (await project(conversationsProjection, log.events)).all() as ConversationDocument[];

    expect(conversation).toMatchObject({ contact: { id: 'k1', name: null }, lastTransfer: { id: transferId, note: null }, personalDataErased: true, version: 4 });
  });

  it('drops the notes of the transfers it lists from the transfer history, and only those', async () => {
    const log = new EventLog();
    const transferId = transferredWithNotes(log);
    log.add('ConversationPersonalDataErased', { conversationId, contactId: 'k1', transferIds: [transferId] });

    const rows = (await project(transferHistoryProjection, log.events)).all() as TransferHistoryDocument[];

    expect(rows.map((row) => [row.conversationId, row.note]).sort()).toEqual([['conv-1', null], ['conv-2', 'kept']]);
  });

  it('marks a conversation erased when an event of it arrives with its personal data already unreadable (a rebuild)', async () => {
    const log = new EventLog();
    const opened = log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'email', contact: { id: 'k1' } });

    const [conversation] = (await project(conversationsProjection, [{ ...opened, personalDataErased: true }])).all() as ConversationDocument[];

    expect(conversation.personalDataErased).toBe(true);
  });
});
