import { checkId, checkNote } from '@handoff/domain';
import { DeclineConversationProps } from './decline-conversation.command';

export interface DeclineConversationInput {
  conversationId: string;
  note?: string | null;
  commandId?: string | null;
}

export function parseDeclineConversation(input: DeclineConversationInput): DeclineConversationProps {
  return { conversationId: checkId('input.conversationId', input.conversationId), note: checkNote('input.note', input.note) };
}
