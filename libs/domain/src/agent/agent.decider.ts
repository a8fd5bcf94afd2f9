import { Actor } from '../shared/actor';
import { Forbidden, InvalidState, NotFound } from '../shared/errors';
import { authorize } from '../shared/role-matrix';
import { AGENT_EVENT_TYPES, AgentEvent, AgentStatus, ChannelLimit } from './agent.events';
import { Decider } from '../shared/decider';
import { Agent, evolve, initialAgent } from './agent.state';

export type AgentCommand =
  | { type: 'RegisterAgent'; actor: Actor; agentId: string; name: string; queueIds: string[] }
  | { type: 'SetAgentStatus'; actor: Actor; agentId: string; status: AgentStatus }
  | { type: 'DeactivateAgent'; actor: Actor; agentId: string }
  | { type: 'SetAgentCapacity'; actor: Actor; agentId: string; maxConversations: number | null; channelLimits: ChannelLimit[] };

/** Re-registering with the same name and queues, or setting the current status or capacity again, is a no-op: no events. */
export function decide(command: AgentCommand, state: Agent): AgentEvent[] {
  switch (command.type) {
    case 'RegisterAgent': {
      authorize(command.actor, 'registerAgent');
      const { agentId, name, queueIds } = command;
      if (state.exists && state.active && state.name === name && sameIds(state.queueIds, queueIds)) return [];
      return [{ type: 'AgentRegistered', data: { agentId, name, queueIds } }];
    }
    case 'SetAgentStatus': {
      if (authorize(command.actor, 'setAgentStatus') === 'own' && command.agentId !== command.actor.id) {
        throw new Forbidden('an agent may only set its own status');
      }
      const agent = existing(command.agentId, state);
      if (!agent.active) throw new InvalidState('AGENT_INACTIVE');
      if (agent.status === command.status) return [];
      return [{ type: 'AgentStatusChanged', data: { agentId: command.agentId, status: command.status } }];
    }
    case 'DeactivateAgent': {
      authorize(command.actor, 'deactivateAgent');
      const agent = existing(command.agentId, state);
      if (!agent.active) return [];
      return [{ type: 'AgentDeactivated', data: { agentId: command.agentId } }];
    }
    case 'SetAgentCapacity': {
      authorize(command.actor, 'setAgentCapacity');
      const agent = existing(command.agentId, state);
      const { agentId, maxConversations, channelLimits } = command;
      if (agent.maxConversations === maxConversations && sameLimits(agent.channelLimits, channelLimits)) return [];
      return [{ type: 'AgentCapacitySet', data: { agentId, maxConversations, channelLimits } }];
    }
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

function existing(agentId: string, state: Agent): Extract<Agent, { exists: true }> {
  if (!state.exists) throw new NotFound('Agent', agentId);
  return state;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** The same limits, in any order. */
function sameLimits(a: readonly ChannelLimit[], b: readonly ChannelLimit[]): boolean {
  return a.length === b.length && a.every((limit) => b.some((other) => other.channel === limit.channel && other.max === limit.max));
}

export const agentDecider: Decider<AgentCommand, AgentEvent, Agent> = {
  decide, evolve, initialState: initialAgent, eventTypes: AGENT_EVENT_TYPES,
};
