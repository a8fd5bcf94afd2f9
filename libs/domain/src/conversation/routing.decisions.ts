import { authorize, authorizeSystem } from '../shared/role-matrix';
import { Forbidden, InvalidState } from '../shared/errors';
import {
  AcceptConversation, DeclineConversation, ExpireOffer, OfferConversation, RecordActivity, RecordQueueWaitBreach,
  ReturnConversationToQueue, RoutingCommand, WithdrawOffer,
} from './conversation.commands';
import { ConversationEvent } from './conversation.events';
import { assignedAgent, existing, ExistingConversation, requireActiveAgent } from './conversation.guards';
import { Conversation, PendingOffer } from './conversation.state';

/** Offers, activity, returns and breaches (DESIGN.md "Routing"); capacity is decided on the agents' streams. */
export function decideRouting(command: RoutingCommand, state: Conversation): ConversationEvent[] {
  switch (command.type) {
    case 'AcceptConversation': return accept(command, state);
    case 'DeclineConversation': return decline(command, state);
    case 'RecordActivity': return recordActivity(command, state);
    case 'OfferConversation': return offer(command, state);
    case 'ExpireOffer': return expire(command, state);
    case 'WithdrawOffer': return withdraw(command, state);
    case 'ReturnConversationToQueue': return returnToQueue(command, state);
    case 'RecordQueueWaitBreach': return recordWaitBreach(command, state);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

/** The offer made to the caller: FORBIDDEN when it is another agent's, NOT_OFFERED when there is none. */
function offerToCaller(command: AcceptConversation | DeclineConversation, conversation: ExistingConversation): PendingOffer {
  const { offer } = conversation;
  if (conversation.status !== 'OFFERED' || !offer) throw new InvalidState('NOT_OFFERED');
  if (offer.agentId !== command.actor.id) throw new Forbidden('only the agent a conversation is offered to may answer the offer');
  return offer;
}

function accept(command: AcceptConversation, state: Conversation): ConversationEvent[] {
  authorize(command.actor, 'acceptConversation');
  const conversation = existing(command, state);
  const { agentId } = offerToCaller(command, conversation);
  requireActiveAgent(command.agent);
  const { conversationId, queueId } = conversation;
  return [{ type: 'ConversationAssigned', data: { conversationId, agentId, queueId } }];
}

function decline(command: DeclineConversation, state: Conversation): ConversationEvent[] {
  authorize(command.actor, 'declineConversation');
  const conversation = existing(command, state);
  const { agentId } = offerToCaller(command, conversation);
  const { conversationId, queueId } = conversation;
  return [{ type: 'ConversationOfferDeclined', data: { conversationId, agentId, queueId, ...(command.note ? { note: command.note } : {}) } }];
}

function recordActivity(command: RecordActivity, state: Conversation): ConversationEvent[] {
  const reach = authorize(command.actor, 'recordActivity');
  const conversation = existing(command, state);
  if (reach === 'own' && command.kind !== 'AGENT_REPLIED') throw new Forbidden('an agent may only record its own replies');
  if (conversation.status === 'CLOSED') throw new InvalidState('CLOSED');
  const { conversationId } = conversation;
  if (command.kind === 'CONTACT_MESSAGED') return [{ type: 'ConversationActivityRecorded', data: { conversationId, kind: 'CONTACT_MESSAGED' } }];
  const agentId = assignedAgent(conversation);
  if (reach === 'own' && agentId !== command.actor.id) throw new Forbidden('an agent may only record replies on its own conversation');
  return [{ type: 'ConversationActivityRecorded', data: { conversationId, kind: 'AGENT_REPLIED', agentId } }];
}

function offer(command: OfferConversation, state: Conversation): ConversationEvent[] {
  authorizeSystem(command.actor, 'offerConversation');
  const conversation = waitingIn(existing(command, state), 'QUEUED');
  const { agent } = command;
  requireActiveAgent(agent);
  if (agent.status !== 'ONLINE') throw new InvalidState('AGENT_UNAVAILABLE');
  if (!agent.queueIds.includes(conversation.queueId)) throw new InvalidState('NOT_IN_QUEUE');
  const { conversationId, queueId } = conversation;
  return [{ type: 'ConversationOffered', data: { conversationId, agentId: agent.id, queueId, expiresAt: command.expiresAt } }];
}

function expire(command: ExpireOffer, state: Conversation): ConversationEvent[] {
  authorizeSystem(command.actor, 'expireOffer');
  const conversation = existing(command, state);
  const current = conversation.offer;
  if (!current || current.agentId !== command.agentId || current.version !== command.offeredVersion) throw new InvalidState('NOT_OFFERED');
  const { conversationId, queueId } = conversation;
  return [{ type: 'ConversationOfferExpired', data: { conversationId, agentId: command.agentId, queueId } }];
}

function withdraw(command: WithdrawOffer, state: Conversation): ConversationEvent[] {
  authorizeSystem(command.actor, 'withdrawOffer');
  const conversation = existing(command, state);
  if (conversation.offer?.agentId !== command.agentId) throw new InvalidState('NOT_OFFERED');
  const { conversationId, queueId } = conversation;
  return [{ type: 'ConversationOfferWithdrawn', data: { conversationId, agentId: command.agentId, queueId, cause: 'AGENT_UNAVAILABLE' } }];
}

/** SlaBreached NO_REPLY naming the agent, then back to the queue: only if nothing changed since the timer was set. */
function returnToQueue(command: ReturnConversationToQueue, state: Conversation): ConversationEvent[] {
  authorizeSystem(command.actor, 'returnConversationToQueue');
  const conversation = existing(command, state);
  const agentId = assignedAgent(conversation);
  if (agentId !== command.agentId || conversation.assignedAtVersion !== command.assignedVersion) throw new InvalidState('ASSIGNMENT_CHANGED');
  if ((conversation.lastAgentReplyVersion ?? 0) > command.assignedVersion) throw new InvalidState('ALREADY_REPLIED');
  const { conversationId, queueId } = conversation;
  return [
    { type: 'SlaBreached', data: { conversationId, queueId, kind: 'NO_REPLY', agentId } },
    { type: 'ConversationReturnedToQueue', data: { conversationId, agentId, queueId, cause: 'NO_REPLY' } },
  ];
}

/** Once per wait: the same wait still going on (QUEUED or OFFERED since waitVersion) and not yet breached. */
function recordWaitBreach(command: RecordQueueWaitBreach, state: Conversation): ConversationEvent[] {
  authorizeSystem(command.actor, 'recordQueueWaitBreach');
  const conversation = waitingIn(existing(command, state), 'QUEUED', 'OFFERED');
  if (conversation.waitVersion !== command.waitVersion) throw new InvalidState('NOT_WAITING');
  if (conversation.waitBreached) throw new InvalidState('ALREADY_BREACHED');
  const { conversationId, queueId } = conversation;
  return [{ type: 'SlaBreached', data: { conversationId, queueId, kind: 'QUEUE_WAIT' } }];
}

/** The conversation when it is in one of the waiting states; refused with what it is instead. */
function waitingIn(conversation: ExistingConversation, ...statuses: Array<'QUEUED' | 'OFFERED'>): ExistingConversation {
  const { status } = conversation;
  if (status === 'QUEUED' || status === 'OFFERED') {
    if (statuses.includes(status)) return conversation;
    throw new InvalidState('ALREADY_OFFERED');
  }
  throw new InvalidState(status === 'CLOSED' ? 'CLOSED' : status === 'ASSIGNED' ? 'ALREADY_ASSIGNED' : 'NOT_WAITING');
}
