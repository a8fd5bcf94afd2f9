import { checkExpectedVersion, checkId, checkNote } from '@handoff/domain';

export interface UnassignConversationInput {
  conversationId: string;
  note?: string | null;
  expectedVersion?: number | null;
  commandId?: string | null;
}

export function parseUnassignConversation(input: UnassignConversationInput): {
  conversationId: string;
  note?: string;
  expectedVersion?: number;
} {
  return {
    conversationId: checkId('input.conversationId', input.conversationId),
    note: checkNote('input.note', input.note),
    expectedVersion: checkExpectedVersion('input.expectedVersion', input.expectedVersion),
  };
}
