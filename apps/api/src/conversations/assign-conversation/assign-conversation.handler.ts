import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../on-conversation';
import { AssignConversationCommand } from './assign-conversation.command';

/** An assignment reads the conversation and the agent; it appends to the conversation only. */
export const AssignConversationHandler = useCaseHandler(AssignConversationCommand, (command, otherStreams) => {
  const { conversationId, agentId } = command.props;
  return onConversation(command, async (actor) => {
    const agent = await otherStreams.agent(actor.tenantId, agentId);
    return { type: 'AssignConversation', actor, conversationId, agent };
  });
});
