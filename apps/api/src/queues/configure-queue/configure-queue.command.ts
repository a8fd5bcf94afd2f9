import { ConfigureQueue } from '@handoff/domain';
import { UseCaseCommand } from '../../shared/use-case-command';

/** What the domain command asks for, without who asks (the meta's actor). */
export type ConfigureQueueProps = Omit<ConfigureQueue, 'type' | 'actor'>;

export class ConfigureQueueCommand extends UseCaseCommand<ConfigureQueueProps> {}
