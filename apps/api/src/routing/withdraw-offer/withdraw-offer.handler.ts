import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../../conversations/on-conversation';
import { WithdrawOfferCommand } from './withdraw-offer.command';

/** An agent gone OFFLINE or AWAY (or deactivated): its pending offer taken back, its slot released. */
export const WithdrawOfferHandler = useCaseHandler(WithdrawOfferCommand, (command, otherStreams) => {
  const { conversationId, agentId } = command.props;
  return onConversation(command, otherStreams, (actor) => ({ type: 'WithdrawOffer', actor, conversationId, agentId }));
});
