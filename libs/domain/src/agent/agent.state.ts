import { AgentEvent, AgentStatus, ChannelLimit } from './agent.events';

/** A conversation OFFERED or ASSIGNED to the agent, on its channel: what counts against its capacity. */
export interface Holding {
  conversationId: string;
  channel: string;
}

export interface RegisteredAgent {
  exists: true;
  agentId: string;
  name: string;
  queueIds: string[];
  status: AgentStatus;
  active: boolean;
  /** null: no limit. */
  maxConversations: number | null;
  channelLimits: ChannelLimit[];
  holdings: Holding[];
}

export type Agent = { exists: false } | RegisteredAgent;

export const initialAgent: Agent = { exists: false };

/**
 * A newly registered agent is OFFLINE until it (or a supervisor) says otherwise, with no capacity limit. A release
 * of a conversation the agent does not hold (one assigned before capacity was recorded) changes nothing.
 */
export function evolve(state: Agent, event: AgentEvent): Agent {
  if (event.type === 'AgentRegistered') {
    const { agentId, name, queueIds } = event.data;
    return state.exists
      ? { ...state, name, queueIds, active: true }
      : { exists: true, agentId, name, queueIds, status: 'OFFLINE', active: true, maxConversations: null, channelLimits: [], holdings: [] };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'AgentStatusChanged':
      return { ...state, status: event.data.status };
    case 'AgentDeactivated':
      return { ...state, active: false, status: 'OFFLINE' };
    case 'AgentCapacitySet':
      return { ...state, maxConversations: event.data.maxConversations, channelLimits: event.data.channelLimits };
    case 'AgentConversationTaken': {
      const { conversationId, channel } = event.data;
      const others = state.holdings.filter((holding) => holding.conversationId !== conversationId);
      return { ...state, holdings: [...others, { conversationId, channel }] };
    }
    case 'AgentConversationReleased':
      return { ...state, holdings: state.holdings.filter((holding) => holding.conversationId !== event.data.conversationId) };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
