import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../on-conversation';
import { UnassignConversationCommand } from './unassign-conversation.command';

export const UnassignConversationHandler = useCaseHandler(UnassignConversationCommand, (command, otherStreams) => {
  const { conversationId, note } = command.props;
  return onConversation(command, otherStreams, (actor) => ({ type: 'UnassignConversation', actor, conversationId, note }));
});
