import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../on-conversation';
import { OpenConversationCommand } from './open-conversation.command';

export const OpenConversationHandler = useCaseHandler(OpenConversationCommand, (command, otherStreams) => {
  const { conversationId, queueId, channel, contact } = command.props;
  return onConversation(command, otherStreams, (actor) => ({ type: 'OpenConversation', actor, conversationId, queueId, channel, contact }));
});
