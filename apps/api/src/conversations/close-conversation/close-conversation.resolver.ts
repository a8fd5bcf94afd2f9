import { commandMutation } from '../../shared/command-mutation';
import { answerConversation } from '../on-conversation';
import { CloseConversationCommand } from './close-conversation.command';
import { CloseConversationInput, parseCloseConversation } from './close-conversation.input';

export const CloseConversationResolver = commandMutation('closeConversation', {
  parse: ({ input }: { input: CloseConversationInput }) => parseCloseConversation(input),
  commandId: ({ input }) => input.commandId,
  command: CloseConversationCommand,
  answer: answerConversation,
});
