import { ConversationEvent, ConversationStatus, CONVERSATION_EVENT_TYPES, SlaKind } from '@handoff/domain';
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

/** The pending offer while OFFERED; `version` is the conversation's version at the offer (one notice per offer). */
export interface OfferDocument {
  agentId: string;
  offeredAt: string;
  expiresAt: string;
  version: number;
}

export interface SlaBreachDocument {
  kind: SlaKind;
  at: string;
  agentId: string | null;
}

export interface ConversationDocument {
  tenantId: string;
  id: string;
  queueId: string;
  channel: string;
  contact: { id: string; name: string | null } | null;
  status: ConversationStatus | 'OFFERED';
  assigneeId: string | null;
  openedAt: string;
  waitingSince: string | null;
  assignedAt: string | null;
  closedAt: string | null;
  transferCount: number;
  lastTransfer: TransferDocument | null;
  offer: OfferDocument | null;
  /** The assigned agent's latest reply since the assignment or transfer; null when none yet or not assigned. */
  lastAgentReplyAt: string | null;
  lastContactMessageAt: string | null;
  slaBreaches: SlaBreachDocument[];
  /** Events in the conversation's stream: what a client passes back as expectedVersion. */
  version: number;
  /** True once forgetContact erased the contact name and notes (absent on documents written before it existed). */
  personalDataErased?: boolean;
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

/** An event whose personal field read null because its key was destroyed marks the conversation erased (rebuilds). */
export function evolveConversation(document: ConversationDocument | null, event: Decoded<ConversationEvent>): ConversationDocument | null {
  const next = evolveEvent(document, event);
  return next && next !== document && event.personalDataErased ? { ...next, personalDataErased: true } : next;
}

function evolveEvent(document: ConversationDocument | null, event: Decoded<ConversationEvent>): ConversationDocument | null {
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
      offer: null,
      lastAgentReplyAt: null,
      lastContactMessageAt: null,
      slaBreaches: [],
      version,
    };
  }
  if (!document) return null;
  return evolveExisting(document, event, at, version);
}

/** Back in the queue with a new wait (unassigned, returned): no assignee, no offer, no reply yet. */
const requeued = (document: ConversationDocument, at: string, version: number): ConversationDocument =>
  ({ ...document, status: 'QUEUED', assigneeId: null, waitingSince: at, assignedAt: null, offer: null, lastAgentReplyAt: null, version });

/** The offer taken back (declined, expired, withdrawn): QUEUED again, the wait goes on from when it began. */
const offerEnded = (document: ConversationDocument, version: number): ConversationDocument =>
  ({ ...document, status: 'QUEUED', offer: null, version });

function evolveExisting(document: ConversationDocument, event: Decoded<ConversationEvent>, at: string, version: number): ConversationDocument {
  switch (event.type) {
    case 'ConversationAssigned':
      return {
        ...document, status: 'ASSIGNED', assigneeId: event.data.agentId, waitingSince: null, assignedAt: at, offer: null, lastAgentReplyAt: null, version,
      };
    case 'ConversationUnassigned':
    case 'ConversationReturnedToQueue':
      return requeued(document, at, version);
    case 'ConversationTransferred':
      return {
        ...document,
        status: 'ASSIGNED',
        assigneeId: event.data.toAgentId,
        assignedAt: at,
        transferCount: document.transferCount + 1,
        lastTransfer: transferDocument(event),
        lastAgentReplyAt: null,
        version,
      };
    case 'ConversationClosed':
      return { ...document, status: 'CLOSED', assigneeId: null, waitingSince: null, closedAt: at, offer: null, version };
    case 'ConversationOffered':
      return { ...document, status: 'OFFERED', offer: { agentId: event.data.agentId, offeredAt: at, expiresAt: event.data.expiresAt, version }, version };
    case 'ConversationOfferDeclined':
    case 'ConversationOfferExpired':
    case 'ConversationOfferWithdrawn':
      return offerEnded(document, version);
    case 'ConversationActivityRecorded':
      if (event.data.kind === 'CONTACT_MESSAGED') return { ...document, lastContactMessageAt: at, version };
      // A reply counts while someone holds the conversation: it is that agent's, since the assignment or transfer.
      return { ...document, lastAgentReplyAt: document.status === 'ASSIGNED' ? at : document.lastAgentReplyAt, version };
    case 'ConversationPersonalDataErased':
      return {
        ...document,
        contact: document.contact && { ...document.contact, name: null },
        lastTransfer: document.lastTransfer && { ...document.lastTransfer, note: null },
        personalDataErased: true,
        version,
      };
    case 'SlaBreached':
      return { ...document, slaBreaches: [...document.slaBreaches, { kind: event.data.kind, at, agentId: event.data.agentId ?? null }], version };
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
  version: 2,
  eventTypes: CONVERSATION_EVENT_TYPES,
  documentId: (event) => event.data.conversationId,
  evolve: evolveConversation,
});
