import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../../conversations/on-conversation';
import { ReturnConversationToQueueCommand } from './return-conversation-to-queue.command';

/** The no-reply timer: SlaBreached NO_REPLY and back to the queue, the agent's slot released, if nothing changed since. */
export const ReturnConversationToQueueHandler = useCaseHandler(ReturnConversationToQueueCommand, (command, otherStreams) => {
  const { conversationId, agentId, assignedVersion } = command.props;
  return onConversation(command, otherStreams, (actor) => ({ type: 'ReturnConversationToQueue', actor, conversationId, agentId, assignedVersion }));
});
