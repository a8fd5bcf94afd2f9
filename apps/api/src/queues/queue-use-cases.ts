import { ConfigureQueueHandler } from './configure-queue/configure-queue.handler';
import { ConfigureQueueResolver } from './configure-queue/configure-queue.resolver';

/** One resolver and one handler per use case, each in its own folder. */
export const QUEUE_USE_CASES = [ConfigureQueueResolver, ConfigureQueueHandler];
