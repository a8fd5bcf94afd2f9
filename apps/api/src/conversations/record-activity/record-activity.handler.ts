import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../on-conversation';
import { RecordActivityCommand } from './record-activity.command';

export const RecordActivityHandler = useCaseHandler(RecordActivityCommand, (command, otherStreams) => {
  const { conversationId, kind } = command.props;
  return onConversation(command, otherStreams, (actor) => ({ type: 'RecordActivity', actor, conversationId, kind }));
});
