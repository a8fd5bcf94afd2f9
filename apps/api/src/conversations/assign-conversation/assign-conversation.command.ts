import { CommandMeta } from '../../shared/command-meta';

export class AssignConversationCommand {
  constructor(
    readonly meta: CommandMeta,
    readonly conversationId: string,
    readonly agentId: string,
    readonly expectedVersion?: number,
  ) {}
}
