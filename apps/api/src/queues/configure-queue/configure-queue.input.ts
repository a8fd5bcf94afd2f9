import { checkId, checkOptionalIntegerIn, checkOptionalName, checkRoutingMode, ROUTING_LIMITS } from '@handoff/domain';
import { ConfigureQueueProps } from './configure-queue.command';

export interface ConfigureQueueInput {
  queueId: string;
  name?: string | null;
  routing: string;
  offerTimeoutSeconds?: number | null;
  maxWaitSeconds?: number | null;
  returnAfterSeconds?: number | null;
  serviceLevelSeconds?: number | null;
  commandId?: string | null;
}

const seconds = (field: keyof ConfigureQueueInput, input: ConfigureQueueInput, max: number): number | undefined =>
  checkOptionalIntegerIn(`input.${field}`, input[field], 1, max);

export function parseConfigureQueue(input: ConfigureQueueInput): ConfigureQueueProps {
  return {
    queueId: checkId('input.queueId', input.queueId),
    name: checkOptionalName('input.name', input.name),
    routing: checkRoutingMode('input.routing', input.routing),
    offerTimeoutSeconds: seconds('offerTimeoutSeconds', input, ROUTING_LIMITS.offerTimeoutSeconds),
    maxWaitSeconds: seconds('maxWaitSeconds', input, ROUTING_LIMITS.targetSeconds),
    returnAfterSeconds: seconds('returnAfterSeconds', input, ROUTING_LIMITS.targetSeconds),
    serviceLevelSeconds: seconds('serviceLevelSeconds', input, ROUTING_LIMITS.targetSeconds),
  };
}
