import { CommandMeta } from '../../shared/command-meta';

export class UnassignConversationCommand {
  constructor(
    readonly meta: CommandMeta,
    readonly conversationId: string,
    readonly note?: string,
    readonly expectedVersion?: number,
  ) {}
}
