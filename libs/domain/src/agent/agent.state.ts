import { AgentEvent, AgentStatus } from './agent.events';

export type Agent =
  | { exists: false }
  | { exists: true; agentId: string; name: string; queueIds: string[]; status: AgentStatus; active: boolean };

export const initialAgent: Agent = { exists: false };

/** A newly registered agent is OFFLINE until it (or a supervisor) says otherwise. */
export function evolve(state: Agent, event: AgentEvent): Agent {
  switch (event.type) {
    case 'AgentRegistered': {
      const { agentId, name, queueIds } = event.data;
      return state.exists
        ? { ...state, name, queueIds, active: true }
        : { exists: true, agentId, name, queueIds, status: 'OFFLINE', active: true };
    }
    case 'AgentStatusChanged':
      return state.exists ? { ...state, status: event.data.status } : state;
    case 'AgentDeactivated':
      return state.exists ? { ...state, active: false, status: 'OFFLINE' } : state;
    case 'AgentCapacitySet':
    case 'AgentConversationTaken':
    case 'AgentConversationReleased':
      return state; // routing base: folded once capacity is decided on
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
