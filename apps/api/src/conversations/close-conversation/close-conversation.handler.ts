import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../on-conversation';
import { CloseConversationCommand } from './close-conversation.command';

export const CloseConversationHandler = useCaseHandler(CloseConversationCommand, (command, otherStreams) => {
  const { conversationId } = command.props;
  return onConversation(command, otherStreams, (actor) => ({ type: 'CloseConversation', actor, conversationId }));
});
