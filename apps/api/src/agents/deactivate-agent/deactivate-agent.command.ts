import { CommandMeta } from '../../shared/command-meta';

export class DeactivateAgentCommand {
  constructor(readonly meta: CommandMeta, readonly agentId: string) {}
}
