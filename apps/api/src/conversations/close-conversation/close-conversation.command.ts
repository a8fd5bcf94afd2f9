import { CommandMeta } from '../../shared/command-meta';

export class CloseConversationCommand {
  constructor(readonly meta: CommandMeta, readonly conversationId: string, readonly expectedVersion?: number) {}
}
