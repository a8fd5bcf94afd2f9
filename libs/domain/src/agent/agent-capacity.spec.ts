import { Actor, Role } from '../shared/actor';
import { fold } from '../shared/decider';
import { Forbidden, NotFound } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { canTake, holds, spareCapacity } from './agent-capacity';
import { AgentCommand, agentDecider } from './agent.decider';
import { AgentEvent, ChannelLimit } from './agent.events';

const agentId = 'agent-a';
const actor = (id: string, ...roles: Role[]): Actor => ({ id, tenantId: 'acme', roles });
const supervisor = actor('sup-1', 'SUPERVISOR');

const registered: AgentEvent = { type: 'AgentRegistered', data: { agentId, name: 'Ada', queueIds: ['sales'] } };
const capacitySet = (maxConversations: number | null, channelLimits: ChannelLimit[] = []): AgentEvent => ({
  type: 'AgentCapacitySet', data: { agentId, maxConversations, channelLimits },
});
const taken = (conversationId: string, channel = 'chat'): AgentEvent => ({ type: 'AgentConversationTaken', data: { agentId, conversationId, channel } });
const released = (conversationId: string): AgentEvent => ({ type: 'AgentConversationReleased', data: { agentId, conversationId } });
const setCapacity = (by: Actor, maxConversations: number | null, channelLimits: ChannelLimit[] = []): AgentCommand => ({
  type: 'SetAgentCapacity', actor: by, agentId, maxConversations, channelLimits,
});

const agent = (...events: AgentEvent[]) => given(agentDecider, events);
const stateAfter = (...events: AgentEvent[]) => fold(agentDecider, events);

describe('agent capacity', () => {
  describe('setAgentCapacity', () => {
    it.each([supervisor, actor('admin-1', 'ADMIN')])('lets role $roles.0 set an agent\'s capacity', (by) => {
      agent(registered).when(setCapacity(by, 3, [{ channel: 'whatsapp', max: 1 }])).then([capacitySet(3, [{ channel: 'whatsapp', max: 1 }])]);
    });

    it.each([actor(agentId, 'AGENT'), actor('x', 'ANALYST')])('forbids role $roles.0 to set capacity, even its own', (by) => {
      agent(registered).when(setCapacity(by, 3)).thenThrows(Forbidden);
    });

    it('refuses the capacity of an agent that is not registered', () => {
      agent().when(setCapacity(supervisor, 3)).thenThrows(NotFound, 'Agent');
    });

    it('appends nothing when the capacity is the one the agent has, channel limits in any order', () => {
      const limits = [{ channel: 'chat', max: 2 }, { channel: 'whatsapp', max: 1 }];
      agent(registered, capacitySet(3, limits)).when(setCapacity(supervisor, 3, [...limits].reverse())).then([]);
    });

    it('appends nothing when an agent with no limit is told it has none', () => {
      agent(registered).when(setCapacity(supervisor, null)).then([]);
    });

    it('lifts a limit back to none', () => {
      agent(registered, capacitySet(3)).when(setCapacity(supervisor, null)).then([capacitySet(null)]);
    });
  });

  describe('holdings and spare capacity', () => {
    it('has no limit until one is set', () => {
      expect(spareCapacity(stateAfter(registered, taken('c1')), 'chat')).toBeNull();
      expect(canTake(stateAfter(registered, taken('c1')), 'chat')).toBe(true);
    });

    it('counts what is taken and not released against the total', () => {
      const agentState = stateAfter(registered, capacitySet(3), taken('c1'), taken('c2'), released('c1'), taken('c3'));
      expect(spareCapacity(agentState)).toBe(1);
      expect(holds(agentState, 'c1')).toBe(false);
      expect(holds(agentState, 'c3')).toBe(true);
    });

    it('refuses one more at the total limit', () => {
      expect(canTake(stateAfter(registered, capacitySet(2), taken('c1'), taken('c2')), 'chat')).toBe(false);
    });

    it('applies a channel limit to its channel only, and the total to all', () => {
      const agentState = stateAfter(registered, capacitySet(3, [{ channel: 'whatsapp', max: 1 }]), taken('c1', 'whatsapp'));
      expect(canTake(agentState, 'whatsapp')).toBe(false);
      expect(spareCapacity(agentState, 'chat')).toBe(2);
      expect(spareCapacity(agentState)).toBe(2);
    });

    it('takes nothing more with maxConversations 0', () => {
      expect(canTake(stateAfter(registered, capacitySet(0)), 'chat')).toBe(false);
    });

    it('never answers below 0 when the limit is lowered under what is held', () => {
      expect(spareCapacity(stateAfter(registered, taken('c1'), taken('c2'), capacitySet(1)))).toBe(0);
    });

    it('ignores the release of a conversation it does not hold (assigned before capacity was recorded)', () => {
      expect(stateAfter(registered, taken('c1'), released('old'))).toMatchObject({ holdings: [{ conversationId: 'c1', channel: 'chat' }] });
    });

    it('counts a conversation taken twice once', () => {
      expect(spareCapacity(stateAfter(registered, capacitySet(3), taken('c1'), taken('c1')))).toBe(2);
    });
  });
});
