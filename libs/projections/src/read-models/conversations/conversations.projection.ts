import { ConversationEvent, ConversationStatus, CONVERSATION_EVENT_TYPES } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { singleDocumentProjection } from '../../projection';

export interface TransferDocument {
  id: string;
  conversationId: string;
  fromAgentId: string;
  toAgentId: string;
  reasonId: string;
  reasonName: string;
  note: string | null;
  actorId: string;
  actorRole: string;
  at: string;
  position: string;
}

export interface ConversationDocument {
  tenantId: string;
  id: string;
  queueId: string;
  channel: string;
  contact: { id: string; name: string | null } | null;
  status: ConversationStatus;
  assigneeId: string | null;
  openedAt: string;
  waitingSince: string | null;
  assignedAt: string | null;
  closedAt: string | null;
  transferCount: number;
  lastTransfer: TransferDocument | null;
  /** Events in the conversation's stream: what a client passes back as expectedVersion. */
  version: number;
  [field: string]: unknown;
}

export function transferDocument(event: RecordedEvent, data: Extract<ConversationEvent, { type: 'ConversationTransferred' }>['data']): TransferDocument {
  return {
    id: event.eventId,
    conversationId: data.conversationId,
    fromAgentId: data.fromAgentId,
    toAgentId: data.toAgentId,
    reasonId: data.reasonId,
    reasonName: data.reasonName,
    note: data.note ?? null,
    actorId: event.metadata.actor.id,
    actorRole: event.metadata.actor.role,
    at: event.metadata.occurredAt,
    position: event.position.toString(),
  };
}

export function evolveConversation(document: ConversationDocument | null, event: RecordedEvent): ConversationDocument | null {
  const domainEvent = event as unknown as ConversationEvent;
  const at = event.metadata.occurredAt;
  const version = event.streamVersion;
  // Delivery is at least once: an event the document already shows (by its stream version) changes nothing.
  if (document && version <= document.version) return document;
  if (domainEvent.type === 'ConversationOpened') {
    const { conversationId, queueId, channel, contact } = domainEvent.data;
    return {
      tenantId: event.metadata.tenantId,
      id: conversationId,
      queueId,
      channel,
      contact: contact ? { id: contact.id, name: contact.name ?? null } : null,
      status: 'QUEUED',
      assigneeId: null,
      openedAt: at,
      waitingSince: at,
      assignedAt: null,
      closedAt: null,
      transferCount: 0,
      lastTransfer: null,
      version,
    };
  }
  if (!document) return null;
  switch (domainEvent.type) {
    case 'ConversationAssigned':
      return { ...document, status: 'ASSIGNED', assigneeId: domainEvent.data.agentId, waitingSince: null, assignedAt: at, version };
    case 'ConversationUnassigned':
      return { ...document, status: 'QUEUED', assigneeId: null, waitingSince: at, assignedAt: null, version };
    case 'ConversationTransferred':
      return {
        ...document,
        status: 'ASSIGNED',
        assigneeId: domainEvent.data.toAgentId,
        assignedAt: at,
        transferCount: document.transferCount + 1,
        lastTransfer: transferDocument(event, domainEvent.data),
        version,
      };
    case 'ConversationClosed':
      return { ...document, status: 'CLOSED', assigneeId: null, waitingSince: null, closedAt: at, version };
    default:
      return document;
  }
}

export const conversationsProjection = singleDocumentProjection<ConversationDocument>({
  name: 'conversations',
  version: 1,
  collection: {
    fields: { queueId: 'text', status: 'text', assigneeId: 'text', waitingSince: 'text', openedAt: 'text' },
    indexes: [
      ['queueId', 'status', 'waitingSince'],
      ['queueId', 'status', 'openedAt'],
      ['status', 'waitingSince'],
      ['status', 'openedAt'],
      ['assigneeId', 'status', 'openedAt'],
      ['openedAt'],
    ],
  },
  eventTypes: CONVERSATION_EVENT_TYPES,
  documentId: (event) => String((event.data as { conversationId: string }).conversationId),
  evolve: evolveConversation,
});
