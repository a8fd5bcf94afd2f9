import { checkExpectedVersion, checkId } from '@handoff/domain';

export interface CloseConversationInput {
  conversationId: string;
  expectedVersion?: number | null;
  commandId?: string | null;
}

export function parseCloseConversation(input: CloseConversationInput): { conversationId: string; expectedVersion?: number } {
  return {
    conversationId: checkId('input.conversationId', input.conversationId),
    expectedVersion: checkExpectedVersion('input.expectedVersion', input.expectedVersion),
  };
}
