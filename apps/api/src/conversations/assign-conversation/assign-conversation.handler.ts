import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../on-conversation';
import { AssignConversationCommand } from './assign-conversation.command';

/** An assignment reads the conversation and the agent; the agent takes it (its capacity checked) in the same append. */
export const AssignConversationHandler = useCaseHandler(AssignConversationCommand, (command, otherStreams) => {
  const { conversationId, agentId } = command.props;
  return onConversation(command, otherStreams, (actor, agents) => ({ type: 'AssignConversation', actor, conversationId, agent: agents.snapshot(agentId) }), [agentId]);
});
