import { commandMutation } from '../../shared/command-mutation';
import { answerConversation } from '../on-conversation';
import { TransferConversationCommand } from './transfer-conversation.command';
import { TransferConversationInput, parseTransferConversation } from './transfer-conversation.input';

export const TransferConversationResolver = commandMutation('transferConversation', {
  parse: ({ input }: { input: TransferConversationInput }) => parseTransferConversation(input),
  commandId: ({ input }) => input.commandId,
  command: TransferConversationCommand,
  answer: answerConversation,
});
