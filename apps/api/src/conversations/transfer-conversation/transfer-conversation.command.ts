import { CommandMeta } from '../../shared/command-meta';

export class TransferConversationCommand {
  constructor(
    readonly meta: CommandMeta,
    readonly conversationId: string,
    readonly toAgentId: string,
    readonly reasonId: string,
    readonly note?: string,
    readonly expectedVersion?: number,
  ) {}
}
