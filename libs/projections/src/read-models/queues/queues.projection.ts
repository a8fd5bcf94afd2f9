import { AgentEvent, ConversationEvent } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { DocumentAccess, Projection, tenantOf } from '../../projection';

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
  assigned: number;
  agentsOnline: number;
  [field: string]: unknown;
}

export interface QueuedConversationDocument {
  tenantId: string;
  id: string;
  kind: 'conversation';
  queueId: string;
  status: 'QUEUED' | 'ASSIGNED';
  waitingSince: string | null;
  [field: string]: unknown;
}

interface AgentPresenceDocument {
  tenantId: string;
  id: string;
  kind: 'agent';
  queueIds: string[];
  online: boolean;
  [field: string]: unknown;
}

const QUEUE_DOCUMENT_PREFIX = 'queue:';
export const queueDocumentId = (queueId: string): string => `${QUEUE_DOCUMENT_PREFIX}${queueId}`;
/** The queue a document id names, or null for the collection's other kinds of documents. */
export const queueIdOfDocument = (id: string): string | null =>
  id.startsWith(QUEUE_DOCUMENT_PREFIX) ? id.slice(QUEUE_DOCUMENT_PREFIX.length) : null;
export const queueConversationId = (conversationId: string): string => `conversation:${conversationId}`;
const agentPresenceId = (agentId: string): string => `agent:${agentId}`;

async function queueDocument(documents: DocumentAccess, tenantId: string, queueId: string): Promise<QueueDocument> {
  const existing = (await documents.get(tenantId, queueDocumentId(queueId))) as QueueDocument | null;
  return existing ?? { tenantId, id: queueDocumentId(queueId), kind: 'queue', queueId, queued: 0, assigned: 0, agentsOnline: 0 };
}

async function adjustQueue(
  documents: DocumentAccess,
  tenantId: string,
  queueId: string,
  change: Partial<Record<'queued' | 'assigned' | 'agentsOnline', number>>,
): Promise<void> {
  const queue = await queueDocument(documents, tenantId, queueId);
  documents.put({
    ...queue,
    queued: Math.max(0, queue.queued + (change.queued ?? 0)),
    assigned: Math.max(0, queue.assigned + (change.assigned ?? 0)),
    agentsOnline: Math.max(0, queue.agentsOnline + (change.agentsOnline ?? 0)),
  });
}

async function applyConversationEvent(event: RecordedEvent, documents: DocumentAccess): Promise<void> {
  const tenantId = tenantOf(event);
  const domainEvent = event as unknown as ConversationEvent;
  const id = queueConversationId(domainEvent.data.conversationId);
  const conversation = (await documents.get(tenantId, id)) as QueuedConversationDocument | null;
  const at = event.metadata.occurredAt;
  switch (domainEvent.type) {
    case 'ConversationOpened':
      if (conversation) return;
      documents.put({ tenantId, id, kind: 'conversation', queueId: domainEvent.data.queueId, status: 'QUEUED', waitingSince: at });
      return adjustQueue(documents, tenantId, domainEvent.data.queueId, { queued: 1 });
    case 'ConversationAssigned':
      if (!conversation || conversation.status !== 'QUEUED') return;
      documents.put({ ...conversation, status: 'ASSIGNED', waitingSince: null });
      return adjustQueue(documents, tenantId, conversation.queueId, { queued: -1, assigned: 1 });
    case 'ConversationUnassigned':
      if (!conversation || conversation.status !== 'ASSIGNED') return;
      documents.put({ ...conversation, status: 'QUEUED', waitingSince: at });
      return adjustQueue(documents, tenantId, conversation.queueId, { queued: 1, assigned: -1 });
    case 'ConversationClosed':
      if (!conversation) return;
      documents.delete(tenantId, id);
      return adjustQueue(documents, tenantId, conversation.queueId, conversation.status === 'QUEUED' ? { queued: -1 } : { assigned: -1 });
    default:
      return;
  }
}

async function applyAgentEvent(event: RecordedEvent, documents: DocumentAccess): Promise<void> {
  const tenantId = tenantOf(event);
  const domainEvent = event as unknown as AgentEvent;
  const id = agentPresenceId(domainEvent.data.agentId);
  const before = ((await documents.get(tenantId, id)) as AgentPresenceDocument | null) ?? {
    tenantId, id, kind: 'agent', queueIds: [], online: false,
  };
  const after: AgentPresenceDocument = { ...before };
  if (domainEvent.type === 'AgentRegistered') after.queueIds = domainEvent.data.queueIds;
  if (domainEvent.type === 'AgentStatusChanged') after.online = domainEvent.data.status === 'ONLINE';
  if (domainEvent.type === 'AgentDeactivated') after.online = false;
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

export const queuesProjection: Projection = {
  name: 'queues',
  version: 1,
  collection: {
    name: 'queues',
    fields: { kind: 'text', queueId: 'text', status: 'text', waitingSince: 'text' },
    indexes: [['kind', 'queueId', 'status', 'waitingSince']],
  },
  eventTypes: new Set([
    'ConversationOpened', 'ConversationAssigned', 'ConversationUnassigned', 'ConversationClosed',
    'AgentRegistered', 'AgentStatusChanged', 'AgentDeactivated',
  ]),
  apply: (event, documents) =>
    event.type.startsWith('Agent') ? applyAgentEvent(event, documents) : applyConversationEvent(event, documents),
};
