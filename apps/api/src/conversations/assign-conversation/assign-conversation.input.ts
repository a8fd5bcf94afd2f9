import { checkExpectedVersion, checkId } from '@handoff/domain';

export interface AssignConversationInput {
  conversationId: string;
  agentId: string;
  expectedVersion?: number | null;
  commandId?: string | null;
}

export function parseAssignConversation(input: AssignConversationInput): {
  conversationId: string;
  agentId: string;
  expectedVersion?: number;
} {
  return {
    conversationId: checkId('input.conversationId', input.conversationId),
    agentId: checkId('input.agentId', input.agentId),
    expectedVersion: checkExpectedVersion('input.expectedVersion', input.expectedVersion),
  };
}
