import { checkId, checkStreamVersion } from '@handoff/domain';
import { ExpireOfferProps } from './expire-offer.command';

export function parseExpireOffer(payload: Record<string, unknown>): ExpireOfferProps {
  return {
    conversationId: checkId('payload.conversationId', payload.conversationId),
    agentId: checkId('payload.agentId', payload.agentId),
    offeredVersion: checkStreamVersion('payload.offeredVersion', payload.offeredVersion),
  };
}
