import { commandMutation } from '../../shared/command-mutation';
import { answerConversation } from '../on-conversation';
import { DeclineConversationCommand } from './decline-conversation.command';
import { DeclineConversationInput, parseDeclineConversation } from './decline-conversation.input';

export const DeclineConversationResolver = commandMutation('declineConversation', {
  parse: ({ input }: { input: DeclineConversationInput }) => parseDeclineConversation(input),
  commandId: ({ input }) => input.commandId,
  command: DeclineConversationCommand,
  answer: answerConversation,
});
