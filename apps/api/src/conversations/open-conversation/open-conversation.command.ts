import { ContactData } from '@handoff/domain';
import { CommandMeta } from '../../shared/command-meta';

export class OpenConversationCommand {
  constructor(
    readonly meta: CommandMeta,
    readonly conversationId: string,
    readonly queueId: string,
    readonly channel: string,
    readonly contact?: ContactData,
  ) {}
}
