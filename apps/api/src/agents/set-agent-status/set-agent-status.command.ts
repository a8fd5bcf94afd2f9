import { AgentStatus } from '@handoff/domain';
import { CommandMeta } from '../../shared/command-meta';

export class SetAgentStatusCommand {
  constructor(readonly meta: CommandMeta, readonly agentId: string, readonly status: AgentStatus) {}
}
