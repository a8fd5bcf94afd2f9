import { UseCaseCommand } from '../../shared/use-case-command';

export type UnassignConversationProps = { conversationId: string; note?: string; expectedVersion?: number };

export class UnassignConversationCommand extends UseCaseCommand<UnassignConversationProps> {}
