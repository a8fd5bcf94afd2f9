import { useCallback, useState } from 'react';
import { CONVERSATION_UPDATED, CONVERSATIONS } from '../api/operations';
import { Conversation } from '../api/types';
import { useApi } from '../auth/session-context';
import { liveSource, useLiveResource } from '../live/use-live-resource';
import { appendPage, applyChange, ConversationList, ListFilter } from './conversation-list';

export const PAGE_SIZE = 20;

export interface LiveConversationList {
  list: ConversationList | null;
  error: unknown;
  reload: () => void;
  loadMore: () => Promise<void>;
  loadingMore: boolean;
  /** Shows a mutation's answer at once (read-your-writes), before its push arrives. */
  show: (conversation: Conversation) => void;
}

/** One page-at-a-time list of conversations, kept current by conversationUpdated. */
export function useConversationList(filter: ListFilter): LiveConversationList {
  const { request } = useApi();
  const [loadingMore, setLoadingMore] = useState(false);
  const fetchPage = useCallback(
    async (after: string | null): Promise<ConversationList> => {
      const variables = { filter: { status: [filter.status], queueId: filter.queueId, assigneeId: filter.assigneeId }, first: PAGE_SIZE, after };
      const { conversations } = await request(CONVERSATIONS, variables);
      return { items: conversations.nodes, hasNextPage: conversations.pageInfo.hasNextPage, endCursor: conversations.pageInfo.endCursor };
    },
    [request, filter.status, filter.queueId, filter.assigneeId],
  );
  const resource = useLiveResource<ConversationList, Conversation>({
    key: JSON.stringify(filter),
    load: () => fetchPage(null),
    sources: [liveSource(CONVERSATION_UPDATED, filter.queueId ? { queueId: filter.queueId } : {}, (data) => data.conversationUpdated)],
    apply: (list, conversation) => applyChange(filter, list, conversation),
  });
  const { update } = resource;
  const loadMore = useCallback(async () => {
    const cursor = resource.data?.endCursor;
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const page = await fetchPage(cursor);
      update((list) => appendPage(list, page));
    } finally {
      setLoadingMore(false);
    }
  }, [fetchPage, resource.data?.endCursor, update]);
  const show = useCallback((conversation: Conversation) => update((list) => applyChange(filter, list, conversation)), [update, filter]);
  return { list: resource.data, error: resource.error, reload: resource.reload, loadMore, loadingMore, show };
}
