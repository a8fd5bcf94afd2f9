import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../../conversations/on-conversation';
import { ExpireOfferCommand } from './expire-offer.command';

/** The offer timer: back to the queue and the agent's slot released, only if that same offer is still pending. */
export const ExpireOfferHandler = useCaseHandler(ExpireOfferCommand, (command, otherStreams) => {
  const { conversationId, agentId, offeredVersion } = command.props;
  return onConversation(command, otherStreams, (actor) => ({ type: 'ExpireOffer', actor, conversationId, agentId, offeredVersion }));
});
