import { MemoryDocuments, project } from '../../testing/memory-documents';
import { EventLog, utc } from '../../testing/recorded';
import { ConversationDocument, conversationsProjection } from '../conversations/conversations.projection';
import { transferReasonsProjection } from '../transfer-reasons/transfer-reasons.projection';

const tenant = 'acme';
const conversationId = 'conv-1';

function opened(log: EventLog, at = utc('10:00:00')): void {
  log.add(
    'ConversationOpened',
    { conversationId, queueId: 'sales', channel: 'whatsapp', contact: { id: 'contact-9', name: 'Ana' } },
    { at },
  );
}

async function conversationAfter(log: EventLog): Promise<ConversationDocument> {
  const documents = await project(conversationsProjection, log.events);
  return documents.find<ConversationDocument>(tenant, conversationId) as ConversationDocument;
}

describe('conversations projection', () => {
  it('shows an opened conversation as queued since it was opened', async () => {
    const log = new EventLog();
    opened(log);

    expect(await conversationAfter(log)).toEqual({
      tenantId: tenant,
      id: conversationId,
      queueId: 'sales',
      channel: 'whatsapp',
      contact: { id: 'contact-9', name: 'Ana' },
      status: 'QUEUED',
      assigneeId: null,
      openedAt: utc('10:00:00'),
      waitingSince: utc('10:00:00'),
      assignedAt: null,
      closedAt: null,
      transferCount: 0,
      lastTransfer: null,
      offer: null,
      lastAgentReplyAt: null,
      lastContactMessageAt: null,
      slaBreaches: [],
      version: 1,
    });
  });

  it('follows a transfer chain a → b → c, keeping the reason name each transfer was made with', async () => {
    const log = new EventLog();
    opened(log);
    log.add('ConversationAssigned', { conversationId, agentId: 'a', queueId: 'sales' }, { at: utc('10:01:00') });
    log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Billing' });
    log.add(
      'ConversationTransferred',
      { conversationId, fromAgentId: 'a', toAgentId: 'b', reasonId: 'billing', reasonName: 'Billing', note: 'VIP' },
      { at: utc('10:05:00') },
    );
    log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Billing & payments' });
    const second = log.add(
      'ConversationTransferred',
      { conversationId, fromAgentId: 'b', toAgentId: 'c', reasonId: 'billing', reasonName: 'Billing & payments' },
      { at: utc('10:09:00'), actor: { id: 'b', role: 'AGENT' } },
    );
    log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Payments' });

    const conversation = await conversationAfter(log);

    expect(conversation).toMatchObject({ status: 'ASSIGNED', assigneeId: 'c', assignedAt: utc('10:09:00'), transferCount: 2, version: 4 });
    expect(conversation.lastTransfer).toEqual({
      id: second.eventId,
      conversationId,
      fromAgentId: 'b',
      toAgentId: 'c',
      reasonId: 'billing',
      reasonName: 'Billing & payments',
      note: null,
      actorId: 'b',
      actorRole: 'AGENT',
      at: utc('10:09:00'),
      position: second.position.toString(),
    });
    const reasons = await project(transferReasonsProjection, log.events);
    expect(reasons.find(tenant, 'billing')).toMatchObject({ name: 'Payments' });
  });

  it('puts an unassigned conversation back in the queue, waiting since the unassignment', async () => {
    const log = new EventLog();
    opened(log);
    log.add('ConversationAssigned', { conversationId, agentId: 'a', queueId: 'sales' }, { at: utc('10:01:00') });
    log.add('ConversationUnassigned', { conversationId, agentId: 'a', queueId: 'sales', note: 'wrong queue' }, { at: utc('10:20:00') });

    expect(await conversationAfter(log)).toMatchObject({
      status: 'QUEUED',
      assigneeId: null,
      waitingSince: utc('10:20:00'),
      assignedAt: null,
      openedAt: utc('10:00:00'),
      version: 3,
    });
  });

  it('closes an assigned conversation: no assignee, no wait', async () => {
    const log = new EventLog();
    opened(log);
    log.add('ConversationAssigned', { conversationId, agentId: 'a', queueId: 'sales' }, { at: utc('10:01:00') });
    log.add('ConversationClosed', { conversationId, agentId: 'a' }, { at: utc('10:30:00') });

    expect(await conversationAfter(log)).toMatchObject({
      status: 'CLOSED', assigneeId: null, waitingSince: null, closedAt: utc('10:30:00'), version: 3,
    });
  });

  it('closes a queued conversation', async () => {
    const log = new EventLog();
    opened(log);
    log.add('ConversationClosed', { conversationId }, { at: utc('10:02:00') });

    expect(await conversationAfter(log)).toMatchObject({ status: 'CLOSED', waitingSince: null, closedAt: utc('10:02:00'), version: 2 });
  });

  it('ignores an event it already shows (delivered twice)', async () => {
    const log = new EventLog();
    opened(log);
    log.add('ConversationAssigned', { conversationId, agentId: 'a', queueId: 'sales' });
    log.add('ConversationTransferred', { conversationId, fromAgentId: 'a', toAgentId: 'b', reasonId: 'r', reasonName: 'R' });
    const once = await project(conversationsProjection, log.events);

    const twice = await project(conversationsProjection, [...log.events, ...log.events], new MemoryDocuments());

    expect(twice.snapshot()).toBe(once.snapshot());
    expect(twice.find<ConversationDocument>(tenant, conversationId)?.transferCount).toBe(1);
  });

  it('keeps tenants apart', async () => {
    const log = new EventLog();
    log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'email' }, { tenantId: 'acme' });
    log.add('ConversationOpened', { conversationId, queueId: 'support', channel: 'email' }, { tenantId: 'globex' });

    const documents = await project(conversationsProjection, log.events);

    expect(documents.find(tenant, conversationId)).toMatchObject({ queueId: 'sales', contact: null });
    expect(documents.find('globex', conversationId)).toMatchObject({ queueId: 'support' });
  });
});
