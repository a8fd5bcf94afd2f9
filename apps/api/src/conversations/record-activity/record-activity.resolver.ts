import { commandMutation } from '../../shared/command-mutation';
import { answerConversation } from '../on-conversation';
import { RecordActivityCommand } from './record-activity.command';
import { parseRecordActivity, RecordActivityInput } from './record-activity.input';

export const RecordActivityResolver = commandMutation('recordActivity', {
  parse: ({ input }: { input: RecordActivityInput }) => parseRecordActivity(input),
  commandId: ({ input }) => input.commandId,
  command: RecordActivityCommand,
  answer: answerConversation,
});
