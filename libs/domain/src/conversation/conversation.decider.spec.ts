import { Actor, Role } from '../shared/actor';
import { fold } from '../shared/decider';
import { Forbidden, InvalidState, NotFound } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { AgentSnapshot, ConversationCommand, ReasonSnapshot } from './conversation.commands';
import { conversationDecider } from './conversation.decider';
import { ConversationEvent } from './conversation.events';

const conversationId = 'conv-1';
const queueId = 'sales';
const channel = 'whatsapp';

const actor = (id: string, ...roles: Role[]): Actor => ({ id, tenantId: 'acme', roles });
const supervisor = actor('sup-1', 'SUPERVISOR');
const admin = actor('admin-1', 'ADMIN');
const integration = actor('bot-1', 'INTEGRATION');
const analyst = actor('analyst-1', 'ANALYST');
const agentA = actor('agent-a', 'AGENT');
const agentB = actor('agent-b', 'AGENT');

const activeAgent = (id: string): AgentSnapshot => ({ id, registered: true, active: true });
const inactiveAgent = (id: string): AgentSnapshot => ({ id, registered: true, active: false });
const unknownAgent = (id: string): AgentSnapshot => ({ id, registered: false, active: false });
const billing: ReasonSnapshot = { id: 'billing', defined: true, active: true, name: 'Billing' };

const opened: ConversationEvent = { type: 'ConversationOpened', data: { conversationId, queueId, channel } };
const assigned = (agentId: string): ConversationEvent => ({
  type: 'ConversationAssigned',
  data: { conversationId, agentId, queueId },
});
const unassigned = (agentId: string, note?: string): ConversationEvent => ({
  type: 'ConversationUnassigned',
  data: { conversationId, agentId, queueId, ...(note ? { note } : {}) },
});
const transferred = (fromAgentId: string, toAgentId: string, note?: string): ConversationEvent => ({
  type: 'ConversationTransferred',
  data: { conversationId, fromAgentId, toAgentId, reasonId: billing.id, reasonName: billing.name, ...(note ? { note } : {}) },
});
const closed = (agentId?: string): ConversationEvent => ({
  type: 'ConversationClosed',
  data: { conversationId, ...(agentId ? { agentId } : {}) },
});

const open = (by: Actor): ConversationCommand => ({ type: 'OpenConversation', actor: by, conversationId, queueId, channel });
const assign = (by: Actor, agent: AgentSnapshot = activeAgent('agent-a')): ConversationCommand => ({
  type: 'AssignConversation',
  actor: by,
  conversationId,
  agent,
});
const unassign = (by: Actor, note?: string): ConversationCommand => ({
  type: 'UnassignConversation',
  actor: by,
  conversationId,
  ...(note ? { note } : {}),
});
const transfer = (
  by: Actor,
  toAgent: AgentSnapshot = activeAgent('agent-b'),
  reason: ReasonSnapshot = billing,
  note?: string,
): ConversationCommand => ({
  type: 'TransferConversation',
  actor: by,
  conversationId,
  toAgent,
  reason,
  ...(note ? { note } : {}),
});
const close = (by: Actor): ConversationCommand => ({ type: 'CloseConversation', actor: by, conversationId });

const conversation = (...events: ConversationEvent[]) => given(conversationDecider, events);

describe('conversation decider', () => {
  describe('open', () => {
    it.each([supervisor, admin, integration])('lets role $roles.0 open a conversation', (by) => {
      conversation().when(open(by)).then([opened]);
    });

    it('carries the contact on the opened event', () => {
      const contact = { id: 'contact-9', name: 'Ada' };
      conversation()
        .when({ type: 'OpenConversation', actor: supervisor, conversationId, queueId, channel, contact })
        .then([{ type: 'ConversationOpened', data: { conversationId, queueId, channel, contact } }]);
    });

    it.each([agentA, analyst])('forbids role $roles.0 to open a conversation', (by) => {
      conversation().when(open(by)).thenThrows(Forbidden);
    });

    it('refuses to open a conversation that already exists', () => {
      conversation(opened).when(open(supervisor)).thenThrows(InvalidState, 'ALREADY_EXISTS');
    });
  });

  describe('assign', () => {
    it('assigns a queued conversation to an active agent', () => {
      conversation(opened).when(assign(supervisor)).then([assigned('agent-a')]);
    });

    it('refuses to assign a conversation that is already assigned', () => {
      conversation(opened, assigned('agent-a'))
        .when(assign(supervisor, activeAgent('agent-b')))
        .thenThrows(InvalidState, 'ALREADY_ASSIGNED');
    });

    it('refuses to assign a closed conversation', () => {
      conversation(opened, closed()).when(assign(supervisor)).thenThrows(InvalidState, 'CLOSED');
    });

    it('refuses to assign a conversation that does not exist', () => {
      conversation().when(assign(supervisor)).thenThrows(NotFound, 'Conversation');
    });

    it('refuses to assign to an agent that is not registered', () => {
      conversation(opened).when(assign(supervisor, unknownAgent('ghost'))).thenThrows(NotFound, 'Agent');
    });

    it('refuses to assign to an inactive agent', () => {
      conversation(opened).when(assign(supervisor, inactiveAgent('agent-a'))).thenThrows(InvalidState, 'AGENT_INACTIVE');
    });

    it('lets an agent assign a conversation to itself', () => {
      conversation(opened).when(assign(agentA, activeAgent('agent-a'))).then([assigned('agent-a')]);
    });

    it('forbids an agent to assign a conversation to another agent', () => {
      conversation(opened).when(assign(agentA, activeAgent('agent-b'))).thenThrows(Forbidden);
    });

    it.each([analyst, integration])('forbids role $roles.0 to assign a conversation', (by) => {
      conversation(opened).when(assign(by)).thenThrows(Forbidden);
    });
  });

  describe('unassign', () => {
    it('puts an assigned conversation back in its queue', () => {
      conversation(opened, assigned('agent-a')).when(unassign(supervisor)).then([unassigned('agent-a')]);
    });

    it('carries the note on the unassigned event', () => {
      conversation(opened, assigned('agent-a'))
        .when(unassign(supervisor, 'customer will call back'))
        .then([unassigned('agent-a', 'customer will call back')]);
    });

    it('refuses to unassign a queued conversation', () => {
      conversation(opened).when(unassign(supervisor)).thenThrows(InvalidState, 'NOT_ASSIGNED');
    });

    it('refuses to unassign a closed conversation', () => {
      conversation(opened, assigned('agent-a'), closed('agent-a'))
        .when(unassign(supervisor))
        .thenThrows(InvalidState, 'CLOSED');
    });

    it('refuses to unassign a conversation that does not exist', () => {
      conversation().when(unassign(supervisor)).thenThrows(NotFound, 'Conversation');
    });

    it('lets an agent unassign its own conversation', () => {
      conversation(opened, assigned('agent-a')).when(unassign(agentA)).then([unassigned('agent-a')]);
    });

    it("forbids an agent to unassign another agent's conversation", () => {
      conversation(opened, assigned('agent-a')).when(unassign(agentB)).thenThrows(Forbidden);
    });
  });

  describe('transfer', () => {
    it('transfers with the source and target agents, the reason and the note', () => {
      conversation(opened, assigned('agent-a'))
        .when(transfer(supervisor, activeAgent('agent-b'), billing, 'wants a refund'))
        .then([transferred('agent-a', 'agent-b', 'wants a refund')]);
    });

    it('leaves the note out when none is given', () => {
      conversation(opened, assigned('agent-a')).when(transfer(supervisor)).then([transferred('agent-a', 'agent-b')]);
    });

    it('refuses to transfer a queued conversation', () => {
      conversation(opened).when(transfer(supervisor)).thenThrows(InvalidState, 'NOT_ASSIGNED');
    });

    it('refuses to transfer a conversation that was unassigned', () => {
      conversation(opened, assigned('agent-a'), unassigned('agent-a'))
        .when(transfer(supervisor))
        .thenThrows(InvalidState, 'NOT_ASSIGNED');
    });

    it('refuses to transfer a closed conversation', () => {
      conversation(opened, assigned('agent-a'), closed('agent-a'))
        .when(transfer(supervisor))
        .thenThrows(InvalidState, 'CLOSED');
    });

    it('refuses to transfer a conversation that does not exist', () => {
      conversation().when(transfer(supervisor)).thenThrows(NotFound, 'Conversation');
    });

    it('refuses a transfer to the current assignee', () => {
      conversation(opened, assigned('agent-a'))
        .when(transfer(supervisor, activeAgent('agent-a')))
        .thenThrows(InvalidState, 'SAME_AGENT');
    });

    it('refuses a transfer to an inactive agent', () => {
      conversation(opened, assigned('agent-a'))
        .when(transfer(supervisor, inactiveAgent('agent-b')))
        .thenThrows(InvalidState, 'AGENT_INACTIVE');
    });

    it('refuses a transfer to an agent that is not registered', () => {
      conversation(opened, assigned('agent-a'))
        .when(transfer(supervisor, unknownAgent('ghost')))
        .thenThrows(NotFound, 'Agent');
    });

    it('refuses a transfer with a reason that is not defined', () => {
      const unknownReason: ReasonSnapshot = { id: 'nope', defined: false, active: false, name: '' };
      conversation(opened, assigned('agent-a'))
        .when(transfer(supervisor, activeAgent('agent-b'), unknownReason))
        .thenThrows(NotFound, 'TransferReason');
    });

    it('refuses a transfer with a retired reason', () => {
      conversation(opened, assigned('agent-a'))
        .when(transfer(supervisor, activeAgent('agent-b'), { ...billing, active: false }))
        .thenThrows(InvalidState, 'REASON_INACTIVE');
    });

    it('lets an agent transfer its own conversation', () => {
      conversation(opened, assigned('agent-a')).when(transfer(agentA)).then([transferred('agent-a', 'agent-b')]);
    });

    it("forbids an agent to transfer another agent's conversation", () => {
      conversation(opened, assigned('agent-a'))
        .when(transfer(agentB, activeAgent('agent-c')))
        .thenThrows(Forbidden);
    });

    it.each([analyst, integration])('forbids role $roles.0 to transfer a conversation', (by) => {
      conversation(opened, assigned('agent-a')).when(transfer(by)).thenThrows(Forbidden);
    });

    it('transfers along a chain, from the agent that received the previous transfer', () => {
      conversation(opened, assigned('agent-a'), transferred('agent-a', 'agent-b'))
        .when(transfer(agentB, activeAgent('agent-c')))
        .then([transferred('agent-b', 'agent-c')]);
    });

    it('no longer lets the previous assignee transfer after a transfer', () => {
      conversation(opened, assigned('agent-a'), transferred('agent-a', 'agent-b'))
        .when(transfer(agentA, activeAgent('agent-c')))
        .thenThrows(Forbidden);
    });
  });

  describe('close', () => {
    it('closes a queued conversation without an agent', () => {
      conversation(opened).when(close(supervisor)).then([closed()]);
    });

    it('closes an assigned conversation with its agent', () => {
      conversation(opened, assigned('agent-a')).when(close(supervisor)).then([closed('agent-a')]);
    });

    it('refuses to close a conversation twice', () => {
      conversation(opened, closed()).when(close(supervisor)).thenThrows(InvalidState, 'CLOSED');
    });

    it('refuses to close a conversation that does not exist', () => {
      conversation().when(close(supervisor)).thenThrows(NotFound, 'Conversation');
    });

    it("lets an integration close anyone's conversation", () => {
      conversation(opened, assigned('agent-a')).when(close(integration)).then([closed('agent-a')]);
    });

    it('lets an agent close its own conversation', () => {
      conversation(opened, assigned('agent-a')).when(close(agentA)).then([closed('agent-a')]);
    });

    it("forbids an agent to close another agent's conversation", () => {
      conversation(opened, assigned('agent-a')).when(close(agentB)).thenThrows(Forbidden);
    });

    it('forbids an agent to close a queued conversation', () => {
      conversation(opened).when(close(agentA)).thenThrows(Forbidden);
    });

    it('forbids an analyst to close a conversation', () => {
      conversation(opened).when(close(analyst)).thenThrows(Forbidden);
    });
  });

  describe('evolve', () => {
    const stateAfter = (...events: ConversationEvent[]) => fold(conversationDecider, events);

    it('starts with no conversation', () => {
      expect(stateAfter()).toEqual({ exists: false });
    });

    it('queues an opened conversation with no assignee', () => {
      expect(stateAfter(opened)).toMatchObject({ exists: true, conversationId, queueId, channel, status: 'QUEUED', assigneeId: null, offer: null, version: 1, waitVersion: 1 });
    });

    it('follows the assignee through assignment and transfers', () => {
      expect(stateAfter(opened, assigned('agent-a'), transferred('agent-a', 'agent-b'))).toMatchObject({
        status: 'ASSIGNED',
        assigneeId: 'agent-b',
      });
    });

    it('queues an unassigned conversation again with no assignee', () => {
      expect(stateAfter(opened, assigned('agent-a'), unassigned('agent-a'))).toMatchObject({
        status: 'QUEUED',
        assigneeId: null,
      });
    });

    it('closes a conversation and clears its assignee', () => {
      expect(stateAfter(opened, assigned('agent-a'), closed('agent-a'))).toMatchObject({
        status: 'CLOSED',
        assigneeId: null,
      });
    });
  });
});
