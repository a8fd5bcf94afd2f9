import { actsAsAgentOnly, hasAnyRole, MANAGING_ROLES, requireAnyRole, Role } from '../shared/actor';
import { Forbidden, InvalidState, NotFound } from '../shared/errors';
import {
  AgentSnapshot,
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

type ExistingConversation = Extract<Conversation, { exists: true }>;

const OPENERS: readonly Role[] = ['SUPERVISOR', 'ADMIN', 'INTEGRATION'];
const HANDLERS: readonly Role[] = ['SUPERVISOR', 'ADMIN', 'AGENT'];
const CLOSERS: readonly Role[] = ['SUPERVISOR', 'ADMIN', 'INTEGRATION', 'AGENT'];

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
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

function open(command: OpenConversation, state: Conversation): ConversationEvent[] {
  requireAnyRole(command.actor, OPENERS, 'openConversation');
  if (state.exists) throw new InvalidState('ALREADY_EXISTS');
  const { conversationId, queueId, channel, contact } = command;
  return [{ type: 'ConversationOpened', data: { conversationId, queueId, channel, ...(contact ? { contact } : {}) } }];
}

function assign(command: AssignConversation, state: Conversation): ConversationEvent[] {
  requireAnyRole(command.actor, HANDLERS, 'assignConversation');
  const conversation = existing(command, state);
  if (actsAsAgentOnly(command.actor) && command.agent.id !== command.actor.id) {
    throw new Forbidden('an agent may only assign a conversation to itself');
  }
  if (conversation.status === 'CLOSED') throw new InvalidState('CLOSED');
  if (conversation.status === 'ASSIGNED') throw new InvalidState('ALREADY_ASSIGNED');
  requireActiveAgent(command.agent);
  return [
    {
      type: 'ConversationAssigned',
      data: { conversationId: conversation.conversationId, agentId: command.agent.id, queueId: conversation.queueId },
    },
  ];
}

function unassign(command: UnassignConversation, state: Conversation): ConversationEvent[] {
  requireAnyRole(command.actor, HANDLERS, 'unassignConversation');
  const conversation = existing(command, state);
  requireOwnIfAgent(command, conversation, 'unassign');
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
  requireAnyRole(command.actor, HANDLERS, 'transferConversation');
  const conversation = existing(command, state);
  requireOwnIfAgent(command, conversation, 'transfer');
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
  requireAnyRole(command.actor, CLOSERS, 'closeConversation');
  const conversation = existing(command, state);
  if (conversation.status === 'CLOSED') throw new InvalidState('CLOSED');
  requireOwnIfAgent(command, conversation, 'close', ['INTEGRATION']);
  const agentId = conversation.assigneeId;
  return [
    { type: 'ConversationClosed', data: { conversationId: conversation.conversationId, ...(agentId ? { agentId } : {}) } },
  ];
}

function existing(command: ConversationCommand, state: Conversation): ExistingConversation {
  if (!state.exists) throw new NotFound('Conversation', command.conversationId);
  return state;
}

/** The assignee of an ASSIGNED conversation; a closed or queued one has none to act on. */
function assignedAgent(conversation: ExistingConversation): string {
  if (conversation.status === 'CLOSED') throw new InvalidState('CLOSED');
  if (conversation.status !== 'ASSIGNED' || !conversation.assigneeId) throw new InvalidState('NOT_ASSIGNED');
  return conversation.assigneeId;
}

function requireOwnIfAgent(
  command: ConversationCommand,
  conversation: ExistingConversation,
  action: string,
  alsoManaging: readonly Role[] = [],
): void {
  const managing = hasAnyRole(command.actor, [...MANAGING_ROLES, ...alsoManaging]);
  if (!managing && conversation.assigneeId !== command.actor.id) {
    throw new Forbidden(`an agent may only ${action} its own conversation`);
  }
}

function requireActiveAgent(agent: AgentSnapshot): void {
  if (!agent.registered) throw new NotFound('Agent', agent.id);
  if (!agent.active) throw new InvalidState('AGENT_INACTIVE');
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
