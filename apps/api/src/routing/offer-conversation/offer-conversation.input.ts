import { checkId, checkInstant } from '@handoff/domain';
import { OfferConversationProps } from './offer-conversation.command';

export function parseOfferConversation(payload: Record<string, unknown>): OfferConversationProps {
  return {
    conversationId: checkId('payload.conversationId', payload.conversationId),
    agentId: checkId('payload.agentId', payload.agentId),
    expiresAt: checkInstant('payload.expiresAt', payload.expiresAt),
  };
}
