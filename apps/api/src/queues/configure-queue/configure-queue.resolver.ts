import { commandMutation } from '../../shared/command-mutation';
import { ConfigureQueueCommand } from './configure-queue.command';
import { ConfigureQueueInput, parseConfigureQueue } from './configure-queue.input';

/** Answers the settings as the queue's own stream says after the command (a queue has no read model to wait for here). */
export const ConfigureQueueResolver = commandMutation('configureQueue', {
  parse: ({ input }: { input: ConfigureQueueInput }) => parseConfigureQueue(input),
  commandId: ({ input }) => input.commandId,
  command: ConfigureQueueCommand,
  answer: (answers, { actor }, props) => answers.queueSettings(actor.tenantId, props.queueId),
});
