import { commandMutation } from '../../shared/command-mutation';
import { answerConversation } from '../on-conversation';
import { AcceptConversationCommand } from './accept-conversation.command';
import { AcceptConversationInput, parseAcceptConversation } from './accept-conversation.input';

export const AcceptConversationResolver = commandMutation('acceptConversation', {
  parse: ({ input }: { input: AcceptConversationInput }) => parseAcceptConversation(input),
  commandId: ({ input }) => input.commandId,
  command: AcceptConversationCommand,
  answer: answerConversation,
});
