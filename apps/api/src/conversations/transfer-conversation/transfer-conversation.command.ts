import { UseCaseCommand } from '../../shared/use-case-command';

export type TransferConversationProps = {
  conversationId: string;
  toAgentId: string;
  reasonId: string;
  note?: string;
  expectedVersion?: number;
};

export class TransferConversationCommand extends UseCaseCommand<TransferConversationProps> {}
