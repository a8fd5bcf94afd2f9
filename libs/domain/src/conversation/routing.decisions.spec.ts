import { Actor, Role, systemActor } from '../shared/actor';
import { fold } from '../shared/decider';
import { Forbidden, InvalidState, NotFound } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { AgentSnapshot, ConversationCommand, OfferableAgent } from './conversation.commands';
import { conversationDecider } from './conversation.decider';
import { ConversationEvent } from './conversation.events';

const conversationId = 'conv-1';
const queueId = 'sales';
const expiresAt = '2026-12-01T10:00:30.000Z';
const actor = (id: string, ...roles: Role[]): Actor => ({ id, tenantId: 'acme', roles });
const system = systemActor('acme');
const supervisor = actor('sup-1', 'SUPERVISOR');
const integration = actor('bot-1', 'INTEGRATION');
const agentA = actor('agent-a', 'AGENT');
const agentB = actor('agent-b', 'AGENT');

const active = (id: string): AgentSnapshot => ({ id, registered: true, active: true });
const online = (id: string, overrides: Partial<OfferableAgent> = {}): OfferableAgent => ({ ...active(id), status: 'ONLINE', queueIds: [queueId], ...overrides });

const opened: ConversationEvent = { type: 'ConversationOpened', data: { conversationId, queueId, channel: 'chat' } };
const offered = (agentId = 'agent-a'): ConversationEvent => ({ type: 'ConversationOffered', data: { conversationId, agentId, queueId, expiresAt } });
const assigned = (agentId = 'agent-a'): ConversationEvent => ({ type: 'ConversationAssigned', data: { conversationId, agentId, queueId } });
const unassigned = (agentId = 'agent-a'): ConversationEvent => ({ type: 'ConversationUnassigned', data: { conversationId, agentId, queueId } });
const declined = (agentId = 'agent-a', note?: string): ConversationEvent => ({ type: 'ConversationOfferDeclined', data: { conversationId, agentId, queueId, ...(note ? { note } : {}) } });
const expired = (agentId = 'agent-a'): ConversationEvent => ({ type: 'ConversationOfferExpired', data: { conversationId, agentId, queueId } });
const withdrawn = (agentId: string, cause: 'ASSIGNED' | 'AGENT_UNAVAILABLE'): ConversationEvent => ({ type: 'ConversationOfferWithdrawn', data: { conversationId, agentId, queueId, cause } });
const replied = (agentId = 'agent-a'): ConversationEvent => ({ type: 'ConversationActivityRecorded', data: { conversationId, kind: 'AGENT_REPLIED', agentId } });
const contactMessaged: ConversationEvent = { type: 'ConversationActivityRecorded', data: { conversationId, kind: 'CONTACT_MESSAGED' } };
const noReply = (agentId = 'agent-a'): ConversationEvent[] => [
  { type: 'SlaBreached', data: { conversationId, queueId, kind: 'NO_REPLY', agentId } },
  { type: 'ConversationReturnedToQueue', data: { conversationId, agentId, queueId, cause: 'NO_REPLY' } },
];
const waitBreached: ConversationEvent = { type: 'SlaBreached', data: { conversationId, queueId, kind: 'QUEUE_WAIT' } };
const closed: ConversationEvent = { type: 'ConversationClosed', data: { conversationId } };

const offer = (agent: OfferableAgent = online('agent-a'), by: Actor = system): ConversationCommand => ({ type: 'OfferConversation', actor: by, conversationId, agent, expiresAt });
const accept = (by: Actor = agentA): ConversationCommand => ({ type: 'AcceptConversation', actor: by, conversationId, agent: active(by.id) });
const decline = (by: Actor = agentA, note?: string): ConversationCommand => ({ type: 'DeclineConversation', actor: by, conversationId, ...(note ? { note } : {}) });
const expire = (agentId: string, offeredVersion: number, by: Actor = system): ConversationCommand => ({ type: 'ExpireOffer', actor: by, conversationId, agentId, offeredVersion });
const withdraw = (agentId: string, by: Actor = system): ConversationCommand => ({ type: 'WithdrawOffer', actor: by, conversationId, agentId });
const activity = (by: Actor, kind: 'AGENT_REPLIED' | 'CONTACT_MESSAGED' = 'AGENT_REPLIED'): ConversationCommand => ({ type: 'RecordActivity', actor: by, conversationId, kind });
const returnToQueue = (agentId: string, assignedVersion: number, by: Actor = system): ConversationCommand => ({ type: 'ReturnConversationToQueue', actor: by, conversationId, agentId, assignedVersion });
const breachWait = (waitVersion: number, by: Actor = system): ConversationCommand => ({ type: 'RecordQueueWaitBreach', actor: by, conversationId, waitVersion });
const assign = (by: Actor, agentId: string): ConversationCommand => ({ type: 'AssignConversation', actor: by, conversationId, agent: active(agentId) });

const conversation = (...events: ConversationEvent[]) => given(conversationDecider, events);

describe('routing on the conversation decider', () => {
  describe('offer (SYSTEM)', () => {
    it('offers a queued conversation to an ONLINE agent of its queue', () => {
      conversation(opened).when(offer()).then([offered()]);
    });

    it.each([supervisor, agentA])('refuses role $roles.0: offers are handoff\'s own', (by) => {
      conversation(opened).when(offer(online('agent-a'), by)).thenThrows(Forbidden);
    });

    it.each([
      ['AGENT_UNAVAILABLE', online('agent-a', { status: 'AWAY' })],
      ['NOT_IN_QUEUE', online('agent-a', { queueIds: ['support'] })],
      ['AGENT_INACTIVE', online('agent-a', { active: false })],
    ] as const)('refuses an offer to an agent who cannot take it: %s', (reason, agent) => {
      conversation(opened).when(offer(agent)).thenThrows(InvalidState, reason);
    });

    it('refuses an offer to an agent that is not registered', () => {
      conversation(opened).when(offer(online('ghost', { registered: false, active: false }))).thenThrows(NotFound, 'Agent');
    });

    it.each([
      ['ALREADY_OFFERED', [opened, offered('agent-b')]],
      ['ALREADY_ASSIGNED', [opened, assigned()]],
      ['CLOSED', [opened, closed]],
    ] as const)('refuses to offer a conversation that is not QUEUED: %s', (reason, events) => {
      conversation(...events).when(offer()).thenThrows(InvalidState, reason);
    });
  });

  describe('accept and decline (the offered AGENT)', () => {
    it('assigns the conversation to the agent that accepts its offer', () => {
      conversation(opened, offered()).when(accept()).then([assigned()]);
    });

    it('puts a declined conversation back in the queue, with the note', () => {
      conversation(opened, offered()).when(decline(agentA, 'busy')).then([declined('agent-a', 'busy')]);
    });

    it.each([accept, decline])('forbids another agent to answer the offer (%#)', (command) => {
      conversation(opened, offered('agent-a')).when(command(agentB)).thenThrows(Forbidden);
    });

    it.each([accept, decline])('forbids a supervisor to answer an agent\'s offer (%#)', (command) => {
      conversation(opened, offered('agent-a')).when(command(supervisor)).thenThrows(Forbidden);
    });

    it.each([
      ['queued', [opened]],
      ['assigned', [opened, assigned()]],
      ['declined', [opened, offered(), declined()]],
      ['expired', [opened, offered(), expired()]],
      ['closed', [opened, closed]],
    ] as const)('refuses NOT_OFFERED when nothing is offered (%s)', (_name, events) => {
      conversation(...events).when(accept()).thenThrows(InvalidState, 'NOT_OFFERED');
      conversation(...events).when(decline()).thenThrows(InvalidState, 'NOT_OFFERED');
    });

    it('refuses an accept from a deactivated agent', () => {
      conversation(opened, offered())
        .when({ type: 'AcceptConversation', actor: agentA, conversationId, agent: { id: 'agent-a', registered: true, active: false } })
        .thenThrows(InvalidState, 'AGENT_INACTIVE');
    });
  });

  describe('expire and withdraw (SYSTEM)', () => {
    it('expires the offer the timer was set for', () => {
      conversation(opened, offered()).when(expire('agent-a', 2)).then([expired()]);
    });

    it.each([
      ['another offer to the same agent', [opened, offered(), declined(), offered()], 'agent-a', 2],
      ['an offer to another agent', [opened, offered('agent-b')], 'agent-a', 2],
      ['an accepted offer', [opened, offered(), assigned()], 'agent-a', 2],
    ] as const)('refuses a stale expiry timer: %s', (_name, events, agentId, version) => {
      conversation(...events).when(expire(agentId, version)).thenThrows(InvalidState, 'NOT_OFFERED');
    });

    it('withdraws the offer of an agent who became unavailable', () => {
      conversation(opened, offered()).when(withdraw('agent-a')).then([withdrawn('agent-a', 'AGENT_UNAVAILABLE')]);
    });

    it('refuses to withdraw what is not offered to that agent', () => {
      conversation(opened, offered('agent-b')).when(withdraw('agent-a')).thenThrows(InvalidState, 'NOT_OFFERED');
    });

    it.each([expire('agent-a', 2, supervisor), withdraw('agent-a', agentA)])('refuses a person sending handoff\'s own commands (%#)', (command) => {
      conversation(opened, offered()).when(command).thenThrows(Forbidden);
    });
  });

  describe('supervisor assign of an offered conversation', () => {
    it('withdraws the offer, then assigns', () => {
      conversation(opened, offered('agent-a')).when(assign(supervisor, 'agent-b')).then([withdrawn('agent-a', 'ASSIGNED'), assigned('agent-b')]);
    });

    it('refuses an agent taking a conversation offered (to anyone): it accepts instead', () => {
      conversation(opened, offered('agent-b')).when(assign(agentA, 'agent-a')).thenThrows(InvalidState, 'ALREADY_OFFERED');
    });
  });

  describe('recordActivity', () => {
    it('records the assigned agent\'s reply, from the integration', () => {
      conversation(opened, assigned()).when(activity(integration)).then([replied()]);
    });

    it('records a contact\'s message on a queued conversation', () => {
      conversation(opened).when(activity(integration, 'CONTACT_MESSAGED')).then([contactMessaged]);
    });

    it('lets the assigned agent record its own reply', () => {
      conversation(opened, assigned()).when(activity(agentA)).then([replied()]);
    });

    it('forbids an agent to record a reply on another agent\'s conversation', () => {
      conversation(opened, assigned('agent-b')).when(activity(agentA)).thenThrows(Forbidden);
    });

    it('forbids an agent to record a contact\'s message', () => {
      conversation(opened, assigned()).when(activity(agentA, 'CONTACT_MESSAGED')).thenThrows(Forbidden);
    });

    it.each([supervisor, actor('x', 'ANALYST')])('forbids role $roles.0', (by) => {
      conversation(opened, assigned()).when(activity(by)).thenThrows(Forbidden);
    });

    it('refuses a reply on a conversation nobody is assigned', () => {
      conversation(opened).when(activity(integration)).thenThrows(InvalidState, 'NOT_ASSIGNED');
    });

    it('refuses activity on a closed conversation', () => {
      conversation(opened, closed).when(activity(integration, 'CONTACT_MESSAGED')).thenThrows(InvalidState, 'CLOSED');
    });
  });

  describe('return to queue on no reply (SYSTEM)', () => {
    it('breaches NO_REPLY naming the agent, then returns the conversation to the queue', () => {
      conversation(opened, assigned()).when(returnToQueue('agent-a', 2)).then(noReply());
    });

    it('refuses when the agent replied since the assignment', () => {
      conversation(opened, assigned(), replied()).when(returnToQueue('agent-a', 2)).thenThrows(InvalidState, 'ALREADY_REPLIED');
    });

    it('still returns when the only reply was before this assignment', () => {
      conversation(opened, assigned(), replied(), unassigned(), assigned()).when(returnToQueue('agent-a', 5)).then(noReply());
    });

    it.each([
      ['assigned again since', [opened, assigned(), unassigned(), assigned()], 'ASSIGNMENT_CHANGED'],
      ['transferred since', [opened, assigned(), { type: 'ConversationTransferred', data: { conversationId, fromAgentId: 'agent-a', toAgentId: 'agent-b', reasonId: 'r', reasonName: 'R' } }], 'ASSIGNMENT_CHANGED'],
      ['unassigned since', [opened, assigned(), unassigned()], 'NOT_ASSIGNED'],
      ['closed since', [opened, assigned(), closed], 'CLOSED'],
    ] as const)('refuses a stale no-reply timer: %s', (_name, events, reason) => {
      conversation(...(events as readonly ConversationEvent[])).when(returnToQueue('agent-a', 2)).thenThrows(InvalidState, reason);
    });
  });

  describe('queue wait breach (SYSTEM)', () => {
    it('breaches QUEUE_WAIT once for the wait that began at the version named', () => {
      conversation(opened).when(breachWait(1)).then([waitBreached]);
    });

    it('breaches a wait that goes on through an offer and its decline', () => {
      conversation(opened, offered(), declined()).when(breachWait(1)).then([waitBreached]);
    });

    it('refuses a second breach of the same wait', () => {
      conversation(opened, waitBreached).when(breachWait(1)).thenThrows(InvalidState, 'ALREADY_BREACHED');
    });

    it('refuses the timer of an earlier wait: the conversation waits anew since', () => {
      conversation(opened, assigned(), unassigned()).when(breachWait(1)).thenThrows(InvalidState, 'NOT_WAITING');
    });

    it('breaches the new wait after a no-reply return', () => {
      conversation(opened, assigned(), ...noReply()).when(breachWait(4)).then([waitBreached]);
    });

    it('refuses when the conversation was assigned meanwhile', () => {
      conversation(opened, assigned()).when(breachWait(1)).thenThrows(InvalidState, 'ALREADY_ASSIGNED');
    });
  });

  describe('evolve', () => {
    const stateAfter = (...events: ConversationEvent[]) => fold(conversationDecider, events);

    it('keeps the offer while OFFERED, with the version that made it', () => {
      expect(stateAfter(opened, offered())).toMatchObject({ status: 'OFFERED', offer: { agentId: 'agent-a', expiresAt, version: 2 }, waitVersion: 1 });
    });

    it('goes back to QUEUED in the same wait after a decline, expiry or withdrawal', () => {
      for (const back of [declined(), expired(), withdrawn('agent-a', 'AGENT_UNAVAILABLE')]) {
        expect(stateAfter(opened, offered(), back)).toMatchObject({ status: 'QUEUED', offer: null, waitVersion: 1, version: 3 });
      }
    });

    it('records the version of the assignment and of the latest reply', () => {
      expect(stateAfter(opened, offered(), assigned(), replied())).toMatchObject({ status: 'ASSIGNED', assigneeId: 'agent-a', assignedAtVersion: 3, lastAgentReplyVersion: 4, waitVersion: null });
    });

    it('starts a new wait on a no-reply return', () => {
      expect(stateAfter(opened, waitBreached, assigned(), ...noReply())).toMatchObject({ status: 'QUEUED', waitVersion: 5, waitBreached: false, assigneeId: null });
    });
  });
});
