import { UseCaseCommand } from '../../shared/use-case-command';

export type DeclineConversationProps = { conversationId: string; note?: string };

export class DeclineConversationCommand extends UseCaseCommand<DeclineConversationProps> {}
