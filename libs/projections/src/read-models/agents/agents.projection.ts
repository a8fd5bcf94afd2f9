import { AgentEvent, AgentStatus, AGENT_EVENT_TYPES, ConversationEvent, isEventOf } from '@handoff/domain';
import { CollectionDefinition } from '@handoff/read-store';
import { Decoded, decodingProjection, tenantOf } from '../../projection';

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
}

export const AGENTS: CollectionDefinition<AgentDocument> = {
  name: 'agents',
  fields: { status: 'text', active: 'integer', name: 'text' },
  indexes: [['status'], ['name']],
};

/** The conversation events that change an agent's load. */
const ASSIGNMENT_EVENT_TYPES = ['ConversationAssigned', 'ConversationUnassigned', 'ConversationTransferred', 'ConversationClosed'] as const;

export function evolveAgent(document: AgentDocument | null, event: Decoded<AgentEvent>): AgentDocument | null {
  switch (event.type) {
    case 'AgentRegistered': {
      const { agentId, name, queueIds } = event.data;
      return document
        ? { ...document, name, queueIds, active: true }
        : { tenantId: tenantOf(event), id: agentId, name, queueIds, status: 'OFFLINE', active: true, activeConversations: 0, assignedConversationIds: [] };
    }
    case 'AgentStatusChanged':
      return document ? { ...document, status: event.data.status } : null;
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
export function assignmentChanges(event: ConversationEvent): Array<{ agentId: string; conversationId: string; assigned: boolean }> {
  const { conversationId } = event.data;
  switch (event.type) {
    case 'ConversationAssigned':
      return [{ agentId: event.data.agentId, conversationId, assigned: true }];
    case 'ConversationUnassigned':
      return [{ agentId: event.data.agentId, conversationId, assigned: false }];
    case 'ConversationTransferred':
      return [
        { agentId: event.data.fromAgentId, conversationId, assigned: false },
        { agentId: event.data.toAgentId, conversationId, assigned: true },
      ];
    case 'ConversationClosed':
      return event.data.agentId ? [{ agentId: event.data.agentId, conversationId, assigned: false }] : [];
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

export const agentsProjection = decodingProjection({
  collection: AGENTS,
  version: 2,
  eventTypes: [...AGENT_EVENT_TYPES, ...ASSIGNMENT_EVENT_TYPES],
  async apply(event: Decoded<AgentEvent | ConversationEvent>, documents): Promise<void> {
    const tenantId = tenantOf(event);
    if (isEventOf<AgentEvent>(event, AGENT_EVENT_TYPES)) {
      const next = evolveAgent(await documents.get(tenantId, event.data.agentId), event);
      if (next) documents.put(next);
      return;
    }
    for (const { agentId, conversationId, assigned } of assignmentChanges(event)) {
      const agent = await documents.get(tenantId, agentId);
      const next = agent && withAssignment(agent, conversationId, assigned);
      if (next && next !== agent) documents.put(next);
    }
  },
});
