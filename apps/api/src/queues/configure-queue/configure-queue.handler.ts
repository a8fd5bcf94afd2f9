import { queueDecider, queueStream } from '@handoff/domain';
import { useCaseHandler, decision } from '../../shared/use-case-handler';
import { ConfigureQueueCommand } from './configure-queue.command';

/** A queue's settings live on the queue's own stream. */
export const ConfigureQueueHandler = useCaseHandler(ConfigureQueueCommand, (command) => {
  const stream = queueStream(command.meta.actor.tenantId, command.props.queueId);
  return decision(queueDecider, stream, command, (actor) => ({ ...command.props, type: 'ConfigureQueue' as const, actor }));
});
