import { UseCaseCommand } from '../../shared/use-case-command';

export type CloseConversationProps = { conversationId: string; expectedVersion?: number };

export class CloseConversationCommand extends UseCaseCommand<CloseConversationProps> {}
