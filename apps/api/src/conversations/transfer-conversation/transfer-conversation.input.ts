import { checkExpectedVersion, checkId, checkNote } from '@handoff/domain';
import { TransferConversationProps } from './transfer-conversation.command';

export interface TransferConversationInput {
  conversationId: string;
  toAgentId: string;
  reasonId: string;
  note?: string | null;
  expectedVersion?: number | null;
  commandId?: string | null;
}

export function parseTransferConversation(input: TransferConversationInput): TransferConversationProps {
  return {
    conversationId: checkId('input.conversationId', input.conversationId),
    toAgentId: checkId('input.toAgentId', input.toAgentId),
    reasonId: checkId('input.reasonId', input.reasonId),
    note: checkNote('input.note', input.note),
    expectedVersion: checkExpectedVersion('input.expectedVersion', input.expectedVersion),
  };
}
