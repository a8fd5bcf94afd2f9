import { ContactData } from '@handoff/domain';
import { UseCaseCommand } from '../../shared/use-case-command';

export type OpenConversationProps = {
  conversationId: string;
  queueId: string;
  channel: string;
  contact?: ContactData;
};

export class OpenConversationCommand extends UseCaseCommand<OpenConversationProps> {}
