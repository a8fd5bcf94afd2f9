import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../../conversations/on-conversation';
import { RecordQueueWaitBreachCommand } from './record-queue-wait-breach.command';

/** The wait-target timer: SlaBreached QUEUE_WAIT once per wait. */
export const RecordQueueWaitBreachHandler = useCaseHandler(RecordQueueWaitBreachCommand, (command, otherStreams) => {
  const { conversationId, waitVersion } = command.props;
  return onConversation(command, otherStreams, (actor) => ({ type: 'RecordQueueWaitBreach', actor, conversationId, waitVersion }));
});
