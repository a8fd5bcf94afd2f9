import { CommandMeta } from '../../shared/command-meta';

export class RegisterAgentCommand {
  constructor(readonly meta: CommandMeta, readonly agentId: string, readonly name: string, readonly queueIds: string[]) {}
}
