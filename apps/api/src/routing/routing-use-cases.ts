import { ExpireOfferHandler } from './expire-offer/expire-offer.handler';
import { OfferConversationHandler } from './offer-conversation/offer-conversation.handler';
import { RecordQueueWaitBreachHandler } from './record-queue-wait-breach/record-queue-wait-breach.handler';
import { ReturnConversationToQueueHandler } from './return-conversation-to-queue/return-conversation-to-queue.handler';
import { WithdrawOfferHandler } from './withdraw-offer/withdraw-offer.handler';

/** handoff's own commands: a handler each, no resolver (the router sends them through the command bus). */
export const ROUTING_USE_CASES = [
  OfferConversationHandler,
  ExpireOfferHandler,
  WithdrawOfferHandler,
  ReturnConversationToQueueHandler,
  RecordQueueWaitBreachHandler,
];
