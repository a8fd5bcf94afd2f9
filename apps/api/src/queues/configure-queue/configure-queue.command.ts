import { RoutingMode } from '@handoff/domain';
import { UseCaseCommand } from '../../shared/use-case-command';

export type ConfigureQueueProps = {
  queueId: string;
  name?: string;
  routing: RoutingMode;
  offerTimeoutSeconds?: number;
  maxWaitSeconds?: number;
  returnAfterSeconds?: number;
  serviceLevelSeconds?: number;
};

export class ConfigureQueueCommand extends UseCaseCommand<ConfigureQueueProps> {}
