import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../on-conversation';
import { DeclineConversationCommand } from './decline-conversation.command';

/** Back to the queue, the wait going on; the caller's slot is released in the same append. */
export const DeclineConversationHandler = useCaseHandler(DeclineConversationCommand, (command, otherStreams) => {
  const { conversationId, note } = command.props;
  return onConversation(command, otherStreams, (actor) => ({ type: 'DeclineConversation', actor, conversationId, note }));
});
