import { UseCaseCommand } from '../../shared/use-case-command';

export type RegisterAgentProps = { agentId: string; name: string; queueIds: string[] };

export class RegisterAgentCommand extends UseCaseCommand<RegisterAgentProps> {}
