import { AgentEvent, AgentStatus, AGENT_EVENT_TYPES, ConversationEvent } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { DocumentAccess, Projection, tenantOf } from '../../projection';

export interface AgentDocument {
  tenantId: string;
  id: string;
  name: string;
  status: AgentStatus;
  queueIds: string[];
  active: boolean;
  /** Conversations currently ASSIGNED to the agent: the size of assignedConversationIds. */
  activeConversations: number;
  assignedConversationIds: string[];
  [field: string]: unknown;
}

export function evolveAgent(document: AgentDocument | null, event: RecordedEvent): AgentDocument | null {
  const domainEvent = event as unknown as AgentEvent;
  switch (domainEvent.type) {
    case 'AgentRegistered': {
      const { agentId, name, queueIds } = domainEvent.data;
      return document
        ? { ...document, name, queueIds, active: true }
        : { tenantId: tenantOf(event), id: agentId, name, queueIds, status: 'OFFLINE', active: true, activeConversations: 0, assignedConversationIds: [] };
    }
    case 'AgentStatusChanged':
      return document ? { ...document, status: domainEvent.data.status } : null;
    case 'AgentDeactivated':
      return document ? { ...document, active: false, status: 'OFFLINE' } : null;
    default:
      return document;
  }
}

/**
 * Which agents a conversation event assigns the conversation to (true) or takes it from (false). Loads are kept
 * as sets of conversation ids, not counters, so an event delivered twice leaves them as they were.
 */
export function assignmentChanges(event: RecordedEvent): Array<{ agentId: string; conversationId: string; assigned: boolean }> {
  const domainEvent = event as unknown as ConversationEvent;
  const { conversationId } = domainEvent.data;
  switch (domainEvent.type) {
    case 'ConversationAssigned':
      return [{ agentId: domainEvent.data.agentId, conversationId, assigned: true }];
    case 'ConversationUnassigned':
      return [{ agentId: domainEvent.data.agentId, conversationId, assigned: false }];
    case 'ConversationTransferred':
      return [
        { agentId: domainEvent.data.fromAgentId, conversationId, assigned: false },
        { agentId: domainEvent.data.toAgentId, conversationId, assigned: true },
      ];
    case 'ConversationClosed':
      return domainEvent.data.agentId ? [{ agentId: domainEvent.data.agentId, conversationId, assigned: false }] : [];
    default:
      return [];
  }
}

/** The agent with the conversation added to or removed from its load; the same document when nothing changes. */
export function withAssignment(agent: AgentDocument, conversationId: string, assigned: boolean): AgentDocument {
  if (agent.assignedConversationIds.includes(conversationId) === assigned) return agent;
  const others = agent.assignedConversationIds.filter((id) => id !== conversationId);
  // Sorted, so that the document depends only on the set and not on the order it was reached in.
  const ids = assigned ? [...others, conversationId].sort() : others;
  return { ...agent, assignedConversationIds: ids, activeConversations: ids.length };
}

export const agentsProjection: Projection = {
  name: 'agents',
  version: 2,
  collection: { name: 'agents', fields: { status: 'text', active: 'integer', name: 'text' }, indexes: [['status'], ['name']] },
  eventTypes: new Set([...AGENT_EVENT_TYPES, 'ConversationAssigned', 'ConversationUnassigned', 'ConversationTransferred', 'ConversationClosed']),
  async apply(event: RecordedEvent, documents: DocumentAccess): Promise<void> {
    const tenantId = tenantOf(event);
    if (event.type.startsWith('Agent')) {
      const agentId = String((event.data as { agentId: string }).agentId);
      const next = evolveAgent((await documents.get(tenantId, agentId)) as AgentDocument | null, event);
      if (next) documents.put(next);
      return;
    }
    for (const { agentId, conversationId, assigned } of assignmentChanges(event)) {
      const agent = (await documents.get(tenantId, agentId)) as AgentDocument | null;
      const next = agent && withAssignment(agent, conversationId, assigned);
      if (next && next !== agent) documents.put(next);
    }
  },
};
