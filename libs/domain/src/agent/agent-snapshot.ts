import { AgentSnapshot, OfferableAgent } from '../conversation/conversation.commands';
import { Agent } from './agent.state';

/** What a conversation decision needs to know of an agent, from the agent's folded stream. */
export function agentSnapshot(agentId: string, state: Agent): AgentSnapshot {
  return { id: agentId, registered: state.exists, active: state.exists && state.active };
}

export function offerableAgent(agentId: string, state: Agent): OfferableAgent {
  return { ...agentSnapshot(agentId, state), status: state.exists ? state.status : 'OFFLINE', queueIds: state.exists ? state.queueIds : [] };
}
