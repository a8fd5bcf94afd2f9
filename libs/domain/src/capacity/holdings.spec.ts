import { AgentEvent, ChannelLimit } from '../agent/agent.events';
import { agentDecider } from '../agent/agent.decider';
import { agentSnapshot, offerableAgent } from '../agent/agent-snapshot';
import { Actor, Role, systemActor } from '../shared/actor';
import { fold } from '../shared/decider';
import { InvalidState } from '../shared/errors';
import { expectThrows } from '../testing/decider-spec';
import { ConversationCommand, ReasonSnapshot } from '../conversation/conversation.commands';
import { conversationDecider } from '../conversation/conversation.decider';
import { ConversationEvent } from '../conversation/conversation.events';
import { AgentEvents, decideWithHoldings } from './holdings';

const conversationId = 'conv-1';
const queueId = 'sales';
const actor = (id: string, ...roles: Role[]): Actor => ({ id, tenantId: 'acme', roles });
const supervisor = actor('sup-1', 'SUPERVISOR');
const system = systemActor('acme');
const billing: ReasonSnapshot = { id: 'billing', defined: true, active: true, name: 'Billing' };

const registered = (agentId: string): AgentEvent => ({ type: 'AgentRegistered', data: { agentId, name: agentId, queueIds: [queueId] } });
const online = (agentId: string): AgentEvent => ({ type: 'AgentStatusChanged', data: { agentId, status: 'ONLINE' } });
const capacity = (agentId: string, maxConversations: number | null, channelLimits: ChannelLimit[] = []): AgentEvent => ({ type: 'AgentCapacitySet', data: { agentId, maxConversations, channelLimits } });
const taken = (agentId: string, id = conversationId, channel = 'whatsapp'): AgentEvent => ({ type: 'AgentConversationTaken', data: { agentId, conversationId: id, channel } });
const released = (agentId: string, id = conversationId): AgentEvent => ({ type: 'AgentConversationReleased', data: { agentId, conversationId: id } });

const opened: ConversationEvent = { type: 'ConversationOpened', data: { conversationId, queueId, channel: 'whatsapp' } };
const offered = (agentId: string): ConversationEvent => ({ type: 'ConversationOffered', data: { conversationId, agentId, queueId, expiresAt: '2026-12-01T10:00:30.000Z' } });
const assigned = (agentId: string): ConversationEvent => ({ type: 'ConversationAssigned', data: { conversationId, agentId, queueId } });

/** Agents as their streams say, one array of events per agent. */
type AgentLogs = Record<string, AgentEvent[]>;
const states = (logs: AgentLogs) => new Map(Object.entries(logs).map(([id, events]) => [id, fold(agentDecider, events)]));

/** given(conversation events, agents' events).when(build command from agent states).then(conversation events, agent events). */
function given(conversation: ConversationEvent[], agents: AgentLogs) {
  const agentStates = states(agents);
  const state = fold(conversationDecider, conversation);
  return {
    when(command: ConversationCommand) {
      const decide = () => decideWithHoldings(command, state, agentStates);
      return {
        then(events: ConversationEvent[], agentEvents: AgentEvents[]): void {
          expect(decide()).toEqual({ events, agents: agentEvents });
        },
        thenThrows: (reason: string) => expectThrows(decide, InvalidState, reason),
      };
    },
  };
}

const agentA = [registered('agent-a'), online('agent-a')];
const agentB = [registered('agent-b'), online('agent-b')];
const snapshot = (id: string, logs: AgentLogs) => agentSnapshot(id, fold(agentDecider, logs[id]));
const assign = (agentId: string, logs: AgentLogs, by: Actor = supervisor): ConversationCommand => ({ type: 'AssignConversation', actor: by, conversationId, agent: snapshot(agentId, logs) });
const offer = (agentId: string, logs: AgentLogs): ConversationCommand => ({ type: 'OfferConversation', actor: system, conversationId, agent: offerableAgent(agentId, fold(agentDecider, logs[agentId])), expiresAt: '2026-12-01T10:00:30.000Z' });
const transfer = (toAgentId: string, logs: AgentLogs): ConversationCommand => ({ type: 'TransferConversation', actor: supervisor, conversationId, toAgent: snapshot(toAgentId, logs), reason: billing });
const others = (agentId: string, count: number, channel = 'chat'): AgentEvent[] => Array.from({ length: count }, (_, i) => taken(agentId, `other-${i}`, channel));

describe('capacity: what agents hold, decided with the conversation', () => {
  it('takes a slot on the agent\'s stream when a queued conversation is assigned', () => {
    const logs = { 'agent-a': agentA };
    given([opened], logs).when(assign('agent-a', logs)).then([assigned('agent-a')], [{ agentId: 'agent-a', events: [taken('agent-a')] }]);
  });

  it('takes a slot for an agent taking a conversation for itself', () => {
    const logs = { 'agent-a': agentA };
    given([opened], logs).when(assign('agent-a', logs, actor('agent-a', 'AGENT'))).then([assigned('agent-a')], [{ agentId: 'agent-a', events: [taken('agent-a')] }]);
  });

  it('refuses AGENT_AT_CAPACITY an assign past the agent\'s total', () => {
    const logs = { 'agent-a': [...agentA, capacity('agent-a', 3), ...others('agent-a', 3)] };
    given([opened], logs).when(assign('agent-a', logs)).thenThrows('AGENT_AT_CAPACITY');
  });

  it('refuses AGENT_AT_CAPACITY an assign past the agent\'s limit for the conversation\'s channel', () => {
    const logs = { 'agent-a': [...agentA, capacity('agent-a', 3, [{ channel: 'whatsapp', max: 1 }]), ...others('agent-a', 1, 'whatsapp')] };
    given([opened], logs).when(assign('agent-a', logs)).thenThrows('AGENT_AT_CAPACITY');
  });

  it('lets another channel\'s limit be full', () => {
    const logs = { 'agent-a': [...agentA, capacity('agent-a', 3, [{ channel: 'chat', max: 1 }]), ...others('agent-a', 1, 'chat')] };
    given([opened], logs).when(assign('agent-a', logs)).then([assigned('agent-a')], [{ agentId: 'agent-a', events: [taken('agent-a')] }]);
  });

  it('counts OFFERED conversations: an agent holding offers up to its limit takes no more', () => {
    const logs = { 'agent-a': [...agentA, capacity('agent-a', 2), taken('agent-a', 'offered-1'), taken('agent-a', 'offered-2')] };
    given([opened], logs).when(offer('agent-a', logs)).thenThrows('AGENT_AT_CAPACITY');
  });

  it('takes a slot with an offer, and keeps it on accept (no second take)', () => {
    const logs = { 'agent-a': agentA };
    given([opened], logs).when(offer('agent-a', logs)).then([offered('agent-a')], [{ agentId: 'agent-a', events: [taken('agent-a')] }]);
    const full = { 'agent-a': [...agentA, capacity('agent-a', 1), taken('agent-a')] };
    given([opened, offered('agent-a')], full)
      .when({ type: 'AcceptConversation', actor: actor('agent-a', 'AGENT'), conversationId, agent: snapshot('agent-a', full) })
      .then([assigned('agent-a')], []);
  });

  it.each([
    ['decline', { type: 'DeclineConversation', actor: actor('agent-a', 'AGENT'), conversationId }],
    ['expiry', { type: 'ExpireOffer', actor: system, conversationId, agentId: 'agent-a', offeredVersion: 2 }],
    ['withdrawal', { type: 'WithdrawOffer', actor: system, conversationId, agentId: 'agent-a' }],
  ] as const)('releases the offered agent\'s slot on %s', (_name, command) => {
    const logs = { 'agent-a': [...agentA, taken('agent-a')] };
    given([opened, offered('agent-a')], logs).when(command).then(expect.any(Array), [{ agentId: 'agent-a', events: [released('agent-a')] }]);
  });

  it('on a supervisor\'s assign of an OFFERED conversation, releases the offered agent and takes the new one', () => {
    const logs = { 'agent-a': [...agentA, taken('agent-a')], 'agent-b': agentB };
    given([opened, offered('agent-a')], logs).when(assign('agent-b', logs)).then(
      [{ type: 'ConversationOfferWithdrawn', data: { conversationId, agentId: 'agent-a', queueId, cause: 'ASSIGNED' } }, assigned('agent-b')],
      [{ agentId: 'agent-a', events: [released('agent-a')] }, { agentId: 'agent-b', events: [taken('agent-b')] }],
    );
  });

  it('lets a supervisor assign an OFFERED conversation to the full agent it is offered to (its own slot is freed first)', () => {
    const logs = { 'agent-a': [...agentA, capacity('agent-a', 1), taken('agent-a')] };
    given([opened, offered('agent-a')], logs).when(assign('agent-a', logs)).then(expect.any(Array), [{ agentId: 'agent-a', events: [released('agent-a'), taken('agent-a')] }]);
  });

  it('on transfer, the target takes and the source releases', () => {
    const logs = { 'agent-a': [...agentA, taken('agent-a')], 'agent-b': agentB };
    given([opened, assigned('agent-a')], logs).when(transfer('agent-b', logs)).then(expect.any(Array), [
      { agentId: 'agent-a', events: [released('agent-a')] },
      { agentId: 'agent-b', events: [taken('agent-b')] },
    ]);
  });

  it('refuses AGENT_AT_CAPACITY a transfer to a full agent', () => {
    const logs = { 'agent-a': [...agentA, taken('agent-a')], 'agent-b': [...agentB, capacity('agent-b', 0)] };
    given([opened, assigned('agent-a')], logs).when(transfer('agent-b', logs)).thenThrows('AGENT_AT_CAPACITY');
  });

  it.each([
    ['unassign', { type: 'UnassignConversation', actor: supervisor, conversationId }],
    ['close', { type: 'CloseConversation', actor: supervisor, conversationId }],
  ] as const)('releases the assignee\'s slot on %s', (_name, command) => {
    const logs = { 'agent-a': [...agentA, taken('agent-a')] };
    given([opened, assigned('agent-a')], logs).when(command).then(expect.any(Array), [{ agentId: 'agent-a', events: [released('agent-a')] }]);
  });

  it('releases the offered agent\'s slot when an OFFERED conversation is closed', () => {
    const logs = { 'agent-a': [...agentA, taken('agent-a')] };
    given([opened, offered('agent-a')], logs).when({ type: 'CloseConversation', actor: supervisor, conversationId }).then([{ type: 'ConversationClosed', data: { conversationId } }], [{ agentId: 'agent-a', events: [released('agent-a')] }]);
  });

  it('releases nothing for a conversation assigned before capacity was recorded, and still unassigns, closes and transfers it', () => {
    const logs = { 'agent-a': agentA, 'agent-b': agentB };
    given([opened, assigned('agent-a')], logs).when({ type: 'UnassignConversation', actor: supervisor, conversationId }).then(expect.any(Array), []);
    given([opened, assigned('agent-a')], logs).when({ type: 'CloseConversation', actor: supervisor, conversationId }).then(expect.any(Array), []);
    given([opened, assigned('agent-a')], logs).when(transfer('agent-b', logs)).then(expect.any(Array), [{ agentId: 'agent-b', events: [taken('agent-b')] }]);
  });

  it('changes no agent for activity, breaches or opening', () => {
    const logs = { 'agent-a': [...agentA, taken('agent-a')] };
    given([opened, assigned('agent-a')], logs).when({ type: 'RecordActivity', actor: actor('bot', 'INTEGRATION'), conversationId, kind: 'AGENT_REPLIED' }).then(expect.any(Array), []);
  });

  it('releases the agent on a no-reply return', () => {
    const logs = { 'agent-a': [...agentA, taken('agent-a')] };
    given([opened, assigned('agent-a')], logs)
      .when({ type: 'ReturnConversationToQueue', actor: system, conversationId, agentId: 'agent-a', assignedVersion: 2 })
      .then(expect.any(Array), [{ agentId: 'agent-a', events: [released('agent-a')] }]);
  });
});
