import { checkExpectedVersion, checkId } from '@handoff/domain';
import { CloseConversationProps } from './close-conversation.command';

export interface CloseConversationInput {
  conversationId: string;
  expectedVersion?: number | null;
  commandId?: string | null;
}

export function parseCloseConversation(input: CloseConversationInput): CloseConversationProps {
  return {
    conversationId: checkId('input.conversationId', input.conversationId),
    expectedVersion: checkExpectedVersion('input.expectedVersion', input.expectedVersion),
  };
}
