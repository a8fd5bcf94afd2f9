import { AgentEvent, AGENT_EVENT_TYPES, ConversationEvent, isEventOf, QueueEvent, QUEUE_EVENT_TYPES, RoutingMode } from '@handoff/domain';
import { CollectionDefinition } from '@handoff/read-store';
import { Decoded, decodingProjection, DocumentAccess, tenantOf } from '../../projection';

/**
 * Per tenant and queue: queued, assigned, agents online. The collection also keeps what that needs to know
 * (each open conversation's queue and wait, each agent's queues and presence) as documents of other kinds,
 * so the projection depends on nothing but its own checkpoint. The oldest wait is the first QUEUED
 * conversation document of the queue by waitingSince (an index seek at query time).
 */
export interface QueueDocument {
  tenantId: string;
  id: string;
  kind: 'queue';
  queueId: string;
  queued: number;
  offered: number;
  assigned: number;
  agentsOnline: number;
  /** From QueueConfigured; MANUAL and no wait target while never configured. */
  routing: RoutingMode;
  maxWaitSeconds: number | null;
}

export interface QueuedConversationDocument {
  tenantId: string;
  id: string;
  kind: 'conversation';
  queueId: string;
  /** OFFERED still waits: its waitingSince goes on until it is assigned. */
  status: 'QUEUED' | 'OFFERED' | 'ASSIGNED';
  waitingSince: string | null;
}

interface AgentPresenceDocument {
  tenantId: string;
  id: string;
  kind: 'agent';
  queueIds: string[];
  online: boolean;
}

/** The collection's documents, told apart by `kind`. */
export type QueuesDocument = QueueDocument | QueuedConversationDocument | AgentPresenceDocument;
type QueuesAccess = DocumentAccess<QueuesDocument>;

export const QUEUES: CollectionDefinition<QueuesDocument> = {
  name: 'queues',
  fields: { kind: 'text', queueId: 'text', status: 'text', waitingSince: 'text' },
  indexes: [['kind', 'queueId', 'status', 'waitingSince']],
};

/** The document of `kind` with this id, or null. */
async function getOfKind<K extends QueuesDocument['kind']>(
  documents: QueuesAccess, tenantId: string, id: string, kind: K,
): Promise<Extract<QueuesDocument, { kind: K }> | null> {
  const document = await documents.get(tenantId, id);
  return document && isOfKind(document, kind) ? document : null;
}

/** Narrows a document of the collection to its kind. */
export const isOfKind = <K extends QueuesDocument['kind']>(document: QueuesDocument, kind: K): document is Extract<QueuesDocument, { kind: K }> =>
  document.kind === kind;

const QUEUE_DOCUMENT_PREFIX = 'queue:';
export const queueDocumentId = (queueId: string): string => `${QUEUE_DOCUMENT_PREFIX}${queueId}`;
/** The queue a document id names, or null for the collection's other kinds of documents. */
export const queueIdOfDocument = (id: string): string | null =>
  id.startsWith(QUEUE_DOCUMENT_PREFIX) ? id.slice(QUEUE_DOCUMENT_PREFIX.length) : null;
export const queueConversationId = (conversationId: string): string => `conversation:${conversationId}`;
const agentPresenceId = (agentId: string): string => `agent:${agentId}`;

async function queueDocument(documents: QueuesAccess, tenantId: string, queueId: string): Promise<QueueDocument> {
  const existing = await getOfKind(documents, tenantId, queueDocumentId(queueId), 'queue');
  return existing ?? {
    tenantId, id: queueDocumentId(queueId), kind: 'queue', queueId, queued: 0, offered: 0, assigned: 0, agentsOnline: 0, routing: 'MANUAL', maxWaitSeconds: null,
  };
}

type Counter = 'queued' | 'offered' | 'assigned' | 'agentsOnline';
const COUNTER_OF_STATUS = { QUEUED: 'queued', OFFERED: 'offered', ASSIGNED: 'assigned' } as const satisfies Record<QueuedConversationDocument['status'], Counter>;

/** Moves an open conversation from one status to another (and to a new wait, when given), adjusting its queue's counts. */
async function move(
  documents: QueuesAccess, conversation: QueuedConversationDocument, to: QueuedConversationDocument['status'], waitingSince: string | null,
): Promise<void> {
  documents.put({ ...conversation, status: to, waitingSince });
  const { tenantId, queueId, status: from } = conversation;
  return adjustQueue(documents, tenantId, queueId, { [COUNTER_OF_STATUS[from]]: -1, [COUNTER_OF_STATUS[to]]: 1 });
}

async function adjustQueue(
  documents: QueuesAccess,
  tenantId: string,
  queueId: string,
  change: Partial<Record<Counter, number>>,
): Promise<void> {
  const queue = await queueDocument(documents, tenantId, queueId);
  documents.put({
    ...queue,
    queued: Math.max(0, queue.queued + (change.queued ?? 0)),
    offered: Math.max(0, queue.offered + (change.offered ?? 0)),
    assigned: Math.max(0, queue.assigned + (change.assigned ?? 0)),
    agentsOnline: Math.max(0, queue.agentsOnline + (change.agentsOnline ?? 0)),
  });
}

async function applyConversationEvent(event: Decoded<ConversationEvent>, documents: QueuesAccess): Promise<void> {
  const tenantId = tenantOf(event);
  const id = queueConversationId(event.data.conversationId);
  const conversation = await getOfKind(documents, tenantId, id, 'conversation');
  const at = event.metadata.occurredAt;
  switch (event.type) {
    case 'ConversationOpened':
      if (conversation) return;
      documents.put({ tenantId, id, kind: 'conversation', queueId: event.data.queueId, status: 'QUEUED', waitingSince: at });
      return adjustQueue(documents, tenantId, event.data.queueId, { queued: 1 });
    case 'ConversationAssigned':
      if (!conversation || conversation.status === 'ASSIGNED') return;
      return move(documents, conversation, 'ASSIGNED', null);
    case 'ConversationUnassigned':
    case 'ConversationReturnedToQueue':
      if (!conversation || conversation.status !== 'ASSIGNED') return;
      return move(documents, conversation, 'QUEUED', at);
    case 'ConversationOffered':
      if (!conversation || conversation.status !== 'QUEUED') return;
      return move(documents, conversation, 'OFFERED', conversation.waitingSince);
    case 'ConversationOfferDeclined':
    case 'ConversationOfferExpired':
    case 'ConversationOfferWithdrawn':
      if (!conversation || conversation.status !== 'OFFERED') return;
      return move(documents, conversation, 'QUEUED', conversation.waitingSince);
    case 'ConversationClosed':
      if (!conversation) return;
      documents.delete(tenantId, id);
      return adjustQueue(documents, tenantId, conversation.queueId, { [COUNTER_OF_STATUS[conversation.status]]: -1 });
    default:
      return;
  }
}

async function applyAgentEvent(event: Decoded<AgentEvent>, documents: QueuesAccess): Promise<void> {
  const tenantId = tenantOf(event);
  const id = agentPresenceId(event.data.agentId);
  const before: AgentPresenceDocument = (await getOfKind(documents, tenantId, id, 'agent')) ?? {
    tenantId, id, kind: 'agent', queueIds: [], online: false,
  };
  const after: AgentPresenceDocument = { ...before };
  if (event.type === 'AgentRegistered') after.queueIds = event.data.queueIds;
  if (event.type === 'AgentStatusChanged') after.online = event.data.status === 'ONLINE';
  if (event.type === 'AgentDeactivated') after.online = false;
  documents.put(after);
  const counted = (presence: AgentPresenceDocument): Set<string> => new Set(presence.online ? presence.queueIds : []);
  const wasCounted = counted(before);
  const isCounted = counted(after);
  // Every queue an agent serves is listed, staffed or not.
  for (const queueId of new Set([...wasCounted, ...isCounted, ...after.queueIds])) {
    const delta = Number(isCounted.has(queueId)) - Number(wasCounted.has(queueId));
    if (delta !== 0) await adjustQueue(documents, tenantId, queueId, { agentsOnline: delta });
    else if (!(await documents.get(tenantId, queueDocumentId(queueId)))) await adjustQueue(documents, tenantId, queueId, {});
  }
}

/** The queue's routing and wait target, as last configured. */
async function applyQueueEvent(event: Decoded<QueueEvent>, documents: QueuesAccess): Promise<void> {
  const queue = await queueDocument(documents, tenantOf(event), event.data.queueId);
  documents.put({ ...queue, routing: event.data.routing, maxWaitSeconds: event.data.maxWaitSeconds ?? null });
}

/** The events the queue board is made of. */
export const QUEUE_BOARD_EVENT_TYPES = [
  'ConversationOpened', 'ConversationAssigned', 'ConversationUnassigned', 'ConversationClosed', 'ConversationOffered',
  'ConversationOfferDeclined', 'ConversationOfferExpired', 'ConversationOfferWithdrawn', 'ConversationReturnedToQueue',
  'AgentRegistered', 'AgentStatusChanged', 'AgentDeactivated', 'QueueConfigured',
] as const;

export const queuesProjection = decodingProjection({
  collection: QUEUES,
  version: 2,
  eventTypes: QUEUE_BOARD_EVENT_TYPES,
  apply: (event: Decoded<ConversationEvent | AgentEvent | QueueEvent>, documents) => {
    if (isEventOf<QueueEvent>(event, QUEUE_EVENT_TYPES)) return applyQueueEvent(event, documents);
    return isEventOf<AgentEvent>(event, AGENT_EVENT_TYPES) ? applyAgentEvent(event, documents) : applyConversationEvent(event, documents);
  },
});
