import { ConversationEvent, ConversationStatus, CONVERSATION_EVENT_TYPES } from '@handoff/domain';
import { CollectionDefinition } from '@handoff/read-store';
import { Decoded, singleDocumentProjection } from '../../projection';

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
}

export function transferDocument(event: Decoded<Extract<ConversationEvent, { type: 'ConversationTransferred' }>>): TransferDocument {
  const { data } = event;
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

export function evolveConversation(document: ConversationDocument | null, event: Decoded<ConversationEvent>): ConversationDocument | null {
  const at = event.metadata.occurredAt;
  const version = event.streamVersion;
  // Delivery is at least once: an event the document already shows (by its stream version) changes nothing.
  if (document && version <= document.version) return document;
  if (event.type === 'ConversationOpened') {
    const { conversationId, queueId, channel, contact } = event.data;
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
  switch (event.type) {
    case 'ConversationAssigned':
      return { ...document, status: 'ASSIGNED', assigneeId: event.data.agentId, waitingSince: null, assignedAt: at, version };
    case 'ConversationUnassigned':
      return { ...document, status: 'QUEUED', assigneeId: null, waitingSince: at, assignedAt: null, version };
    case 'ConversationTransferred':
      return {
        ...document,
        status: 'ASSIGNED',
        assigneeId: event.data.toAgentId,
        assignedAt: at,
        transferCount: document.transferCount + 1,
        lastTransfer: transferDocument(event),
        version,
      };
    case 'ConversationClosed':
      return { ...document, status: 'CLOSED', assigneeId: null, waitingSince: null, closedAt: at, version };
    default:
      return document;
  }
}

export const CONVERSATIONS: CollectionDefinition<ConversationDocument> = {
  name: 'conversations',
  fields: { queueId: 'text', status: 'text', assigneeId: 'text', waitingSince: 'text', openedAt: 'text' },
  indexes: [
    ['queueId', 'status', 'waitingSince'],
    ['queueId', 'status', 'openedAt'],
    ['status', 'waitingSince'],
    ['status', 'openedAt'],
    ['assigneeId', 'status', 'openedAt'],
    ['openedAt'],
  ],
};

export const conversationsProjection = singleDocumentProjection({
  collection: CONVERSATIONS,
  version: 1,
  eventTypes: CONVERSATION_EVENT_TYPES,
  documentId: (event) => event.data.conversationId,
  evolve: evolveConversation,
});
