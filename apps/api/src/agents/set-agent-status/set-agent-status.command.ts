import { AgentStatus } from '@handoff/domain';
import { UseCaseCommand } from '../../shared/use-case-command';

export type SetAgentStatusProps = { agentId: string; status: AgentStatus };

export class SetAgentStatusCommand extends UseCaseCommand<SetAgentStatusProps> {}
