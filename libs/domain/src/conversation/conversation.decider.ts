import { Forbidden, InvalidState, NotFound } from '../shared/errors';
import { authorize } from '../shared/role-matrix';
import {
  AssignConversation,
  CloseConversation,
  ConversationCommand,
  OpenConversation,
  ReasonSnapshot,
  TransferConversation,
  UnassignConversation,
} from './conversation.commands';
import { ConversationEvent, CONVERSATION_EVENT_TYPES } from './conversation.events';
import { Decider } from '../shared/decider';
import { Conversation, evolve, initialConversation } from './conversation.state';
import { assignedAgent, existing, requireActiveAgent, requireOwn } from './conversation.guards';
import { decideRouting } from './routing.decisions';

export function decide(command: ConversationCommand, state: Conversation): ConversationEvent[] {
  switch (command.type) {
    case 'OpenConversation':
      return open(command, state);
    case 'AssignConversation':
      return assign(command, state);
    case 'UnassignConversation':
      return unassign(command, state);
    case 'TransferConversation':
      return transfer(command, state);
    case 'CloseConversation':
      return close(command, state);
    case 'AcceptConversation':
    case 'DeclineConversation':
    case 'RecordActivity':
    case 'OfferConversation':
    case 'ExpireOffer':
    case 'WithdrawOffer':
    case 'ReturnConversationToQueue':
    case 'RecordQueueWaitBreach':
      return decideRouting(command, state);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

function open(command: OpenConversation, state: Conversation): ConversationEvent[] {
  authorize(command.actor, 'openConversation');
  if (state.exists) throw new InvalidState('ALREADY_EXISTS');
  const { conversationId, queueId, channel, contact } = command;
  return [{ type: 'ConversationOpened', data: { conversationId, queueId, channel, ...(contact ? { contact } : {}) } }];
}

function assign(command: AssignConversation, state: Conversation): ConversationEvent[] {
  const reach = authorize(command.actor, 'assignConversation');
  const conversation = existing(command, state);
  if (reach === 'own' && command.agent.id !== command.actor.id) {
    throw new Forbidden('an agent may only assign a conversation to itself');
  }
  if (conversation.status === 'CLOSED') throw new InvalidState('CLOSED');
  if (conversation.status === 'ASSIGNED') throw new InvalidState('ALREADY_ASSIGNED');
  // An agent accepts what is offered to it; only SUPERVISOR and ADMIN take an offered conversation over.
  if (conversation.status === 'OFFERED' && reach === 'own') throw new InvalidState('ALREADY_OFFERED');
  requireActiveAgent(command.agent);
  const { conversationId, queueId, offer } = conversation;
  const assigned: ConversationEvent = { type: 'ConversationAssigned', data: { conversationId, agentId: command.agent.id, queueId } };
  if (!offer) return [assigned];
  return [{ type: 'ConversationOfferWithdrawn', data: { conversationId, agentId: offer.agentId, queueId, cause: 'ASSIGNED' } }, assigned];
}

function unassign(command: UnassignConversation, state: Conversation): ConversationEvent[] {
  const reach = authorize(command.actor, 'unassignConversation');
  const conversation = existing(command, state);
  requireOwn(reach, command, conversation, 'unassign');
  const agentId = assignedAgent(conversation);
  return [
    {
      type: 'ConversationUnassigned',
      data: {
        conversationId: conversation.conversationId,
        agentId,
        queueId: conversation.queueId,
        ...(command.note ? { note: command.note } : {}),
      },
    },
  ];
}

function transfer(command: TransferConversation, state: Conversation): ConversationEvent[] {
  const reach = authorize(command.actor, 'transferConversation');
  const conversation = existing(command, state);
  requireOwn(reach, command, conversation, 'transfer');
  const fromAgentId = assignedAgent(conversation);
  requireActiveAgent(command.toAgent);
  if (command.toAgent.id === fromAgentId) throw new InvalidState('SAME_AGENT');
  requireActiveReason(command.reason);
  return [
    {
      type: 'ConversationTransferred',
      data: {
        conversationId: conversation.conversationId,
        fromAgentId,
        toAgentId: command.toAgent.id,
        reasonId: command.reason.id,
        reasonName: command.reason.name,
        ...(command.note ? { note: command.note } : {}),
      },
    },
  ];
}

function close(command: CloseConversation, state: Conversation): ConversationEvent[] {
  const reach = authorize(command.actor, 'closeConversation');
  const conversation = existing(command, state);
  if (conversation.status === 'CLOSED') throw new InvalidState('CLOSED');
  requireOwn(reach, command, conversation, 'close');
  const agentId = conversation.assigneeId;
  return [
    { type: 'ConversationClosed', data: { conversationId: conversation.conversationId, ...(agentId ? { agentId } : {}) } },
  ];
}

function requireActiveReason(reason: ReasonSnapshot): void {
  if (!reason.defined) throw new NotFound('TransferReason', reason.id);
  if (!reason.active) throw new InvalidState('REASON_INACTIVE');
}

export const conversationDecider: Decider<ConversationCommand, ConversationEvent, Conversation> = {
  decide,
  evolve,
  initialState: initialConversation,
  eventTypes: CONVERSATION_EVENT_TYPES,
};
