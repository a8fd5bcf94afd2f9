import { UseCaseCommand } from '../../shared/use-case-command';

export type DeactivateAgentProps = { agentId: string };

export class DeactivateAgentCommand extends UseCaseCommand<DeactivateAgentProps> {}
