import { Forbidden, InvalidState, NotFound } from '../shared/errors';
import { Reach } from '../shared/role-matrix';
import { AgentSnapshot, ConversationCommand } from './conversation.commands';
import { Conversation, OpenConversationState } from './conversation.state';

export type ExistingConversation = OpenConversationState;

export function existing(command: ConversationCommand, state: Conversation): ExistingConversation {
  if (!state.exists) throw new NotFound('Conversation', command.conversationId);
  return state;
}

/** The assignee of an ASSIGNED conversation; a closed or queued one has none to act on. */
export function assignedAgent(conversation: ExistingConversation): string {
  if (conversation.status === 'CLOSED') throw new InvalidState('CLOSED');
  if (conversation.status !== 'ASSIGNED' || !conversation.assigneeId) throw new InvalidState('NOT_ASSIGNED');
  return conversation.assigneeId;
}

/** A caller whose reach is its own acts only on the conversation it holds. */
export function requireOwn(reach: Reach, command: ConversationCommand, conversation: ExistingConversation, action: string): void {
  if (reach === 'own' && conversation.assigneeId !== command.actor.id) {
    throw new Forbidden(`an agent may only ${action} its own conversation`);
  }
}

export function requireActiveAgent(agent: AgentSnapshot): void {
  if (!agent.registered) throw new NotFound('Agent', agent.id);
  if (!agent.active) throw new InvalidState('AGENT_INACTIVE');
}
