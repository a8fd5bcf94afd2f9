import { checkExpectedVersion, checkId, checkNote } from '@handoff/domain';
import { UnassignConversationProps } from './unassign-conversation.command';

export interface UnassignConversationInput {
  conversationId: string;
  note?: string | null;
  expectedVersion?: number | null;
  commandId?: string | null;
}

export function parseUnassignConversation(input: UnassignConversationInput): UnassignConversationProps {
  return {
    conversationId: checkId('input.conversationId', input.conversationId),
    note: checkNote('input.note', input.note),
    expectedVersion: checkExpectedVersion('input.expectedVersion', input.expectedVersion),
  };
}
