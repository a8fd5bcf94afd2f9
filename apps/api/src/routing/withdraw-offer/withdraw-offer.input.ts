import { checkId } from '@handoff/domain';
import { WithdrawOfferProps } from './withdraw-offer.command';

export function parseWithdrawOffer(payload: Record<string, unknown>): WithdrawOfferProps {
  return {
    conversationId: checkId('payload.conversationId', payload.conversationId),
    agentId: checkId('payload.agentId', payload.agentId),
  };
}
