import { checkExpectedVersion, checkId } from '@handoff/domain';
import { AssignConversationProps } from './assign-conversation.command';

export interface AssignConversationInput {
  conversationId: string;
  agentId: string;
  expectedVersion?: number | null;
  commandId?: string | null;
}

export function parseAssignConversation(input: AssignConversationInput): AssignConversationProps {
  return {
    conversationId: checkId('input.conversationId', input.conversationId),
    agentId: checkId('input.agentId', input.agentId),
    expectedVersion: checkExpectedVersion('input.expectedVersion', input.expectedVersion),
  };
}
