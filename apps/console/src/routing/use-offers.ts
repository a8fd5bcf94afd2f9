import { useApi } from '../auth/session-context';
import { liveSource, LiveResource, LiveSource, useLiveResource } from '../live/use-live-resource';
import { CONVERSATION_OFFERED, OFFERED_CONVERSATION_UPDATED, OFFERED_CONVERSATIONS } from '../api/routing-operations';
import { applyOfferChange } from './offered-list';
import { useRoutingSupport } from './use-routing-support';
import { OfferedConversation } from './types';

/** At most this many pending offers are read at once; an agent's capacity is at most 100. */
const FIRST = 100;

function useOffers(key: string, queueId: string | undefined, keep: (conversation: OfferedConversation) => boolean, extra: LiveSource<OfferedConversation>[]) {
  const { request } = useApi();
  return useLiveResource<OfferedConversation[], OfferedConversation>({
    key,
    load: async () => (await request(OFFERED_CONVERSATIONS, { queueId, first: FIRST })).conversations.nodes.reduce((list, item) => applyOfferChange(list, item, keep), [] as OfferedConversation[]),
    sources: [...extra, liveSource(OFFERED_CONVERSATION_UPDATED, queueId ? { queueId } : {}, (data) => data.conversationUpdated)],
    apply: (list, conversation) => applyOfferChange(list, conversation, keep),
  });
}

/**
 * The offers pending for this agent: conversationOffered adds one (once the api is known to serve it), and
 * conversationUpdated, which also carries the offer, shows it made, accepted, declined or expired.
 */
export function useMyOffers(agentId: string): LiveResource<OfferedConversation[]> {
  const supported = useRoutingSupport();
  const mine = (conversation: OfferedConversation) => conversation.offer?.agent.id === agentId;
  const offered = supported ? [liveSource(CONVERSATION_OFFERED, { agentId }, (data) => data.conversationOffered)] : [];
  return useOffers(`offers:${agentId}:${supported}`, undefined, mine, offered);
}

/** The queue's OFFERED conversations, each with its agent and expiry (the supervisor's board). */
export function useQueueOffers(queueId: string): LiveResource<OfferedConversation[]> {
  return useOffers(`queue-offers:${queueId}`, queueId, () => true, []);
}
