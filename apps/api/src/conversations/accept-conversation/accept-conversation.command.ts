import { UseCaseCommand } from '../../shared/use-case-command';

export type AcceptConversationProps = { conversationId: string };

export class AcceptConversationCommand extends UseCaseCommand<AcceptConversationProps> {}
