import { checkId } from '@handoff/domain';
import { AcceptConversationProps } from './accept-conversation.command';

export interface AcceptConversationInput {
  conversationId: string;
  commandId?: string | null;
}

export function parseAcceptConversation(input: AcceptConversationInput): AcceptConversationProps {
  return { conversationId: checkId('input.conversationId', input.conversationId) };
}
