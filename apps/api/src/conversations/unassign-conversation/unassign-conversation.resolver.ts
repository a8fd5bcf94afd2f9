import { commandMutation } from '../../shared/command-mutation';
import { answerConversation } from '../on-conversation';
import { UnassignConversationCommand } from './unassign-conversation.command';
import { UnassignConversationInput, parseUnassignConversation } from './unassign-conversation.input';

export const UnassignConversationResolver = commandMutation('unassignConversation', {
  parse: ({ input }: { input: UnassignConversationInput }) => parseUnassignConversation(input),
  commandId: ({ input }) => input.commandId,
  command: UnassignConversationCommand,
  answer: answerConversation,
});
