import { UseCaseCommand } from '../../shared/use-case-command';

export type AssignConversationProps = { conversationId: string; agentId: string; expectedVersion?: number };

export class AssignConversationCommand extends UseCaseCommand<AssignConversationProps> {}
