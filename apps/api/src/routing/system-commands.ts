import { CommandMeta } from '../shared/command-meta';

/**
 * The command bus command for a system command of the routing vocabulary (OfferConversation, ExpireOffer,
 * WithdrawOffer, ReturnConversationToQueue, RecordQueueWaitBreach). Placeholder of the router's branch: the
 * command side's version (with the use cases of those commands) replaces this file.
 */
export function systemCommandFor(type: string, payload: Record<string, unknown>, meta: CommandMeta): object {
  void payload;
  void meta;
  throw new Error(`unknown system command ${type}`);
}
