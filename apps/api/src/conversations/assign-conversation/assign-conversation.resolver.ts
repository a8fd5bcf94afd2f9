import { commandMutation } from '../../shared/command-mutation';
import { answerConversation } from '../on-conversation';
import { AssignConversationCommand } from './assign-conversation.command';
import { AssignConversationInput, parseAssignConversation } from './assign-conversation.input';

export const AssignConversationResolver = commandMutation('assignConversation', {
  parse: ({ input }: { input: AssignConversationInput }) => parseAssignConversation(input),
  commandId: ({ input }) => input.commandId,
  command: AssignConversationCommand,
  answer: answerConversation,
});
