import { commandMutation } from '../../shared/command-mutation';
import { answerConversation } from '../on-conversation';
import { OpenConversationCommand } from './open-conversation.command';
import { OpenConversationInput, parseOpenConversation } from './open-conversation.input';

export const OpenConversationResolver = commandMutation('openConversation', {
  parse: ({ input }: { input: OpenConversationInput }) => parseOpenConversation(input),
  commandId: ({ input }) => input.commandId,
  command: OpenConversationCommand,
  answer: answerConversation,
});
