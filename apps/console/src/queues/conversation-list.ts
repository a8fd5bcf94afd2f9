import { Conversation } from '../api/types';

/** Which conversations a list holds; QUEUED lists are a waiting line (oldest wait first), others by opening time. */
export interface ListFilter {
  status: 'QUEUED' | 'ASSIGNED';
  queueId?: string;
  assigneeId?: string;
}

export interface ConversationList {
  items: Conversation[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export function belongs(filter: ListFilter, conversation: Conversation): boolean {
  return (
    conversation.status === filter.status &&
    (!filter.queueId || conversation.queueId === filter.queueId) &&
    (!filter.assigneeId || conversation.assignee?.id === filter.assigneeId)
  );
}

function sortKey(filter: ListFilter, conversation: Conversation): string {
  return (filter.status === 'QUEUED' ? conversation.waitingSince : conversation.openedAt) ?? conversation.openedAt;
}

function compare(filter: ListFilter, a: Conversation, b: Conversation): number {
  return Date.parse(sortKey(filter, a)) - Date.parse(sortKey(filter, b)) || a.id.localeCompare(b.id);
}

/**
 * A pushed change: replace, remove or insert in order. A newcomer past the last loaded row is left to
 * "load more" (the server's keyset cursor will return it), so the loaded part stays a true prefix.
 */
export function applyChange(filter: ListFilter, list: ConversationList, conversation: Conversation): ConversationList {
  const existing = list.items.find((item) => item.id === conversation.id);
  if (existing && existing.version > conversation.version) return list;
  const others = list.items.filter((item) => item.id !== conversation.id);
  if (!belongs(filter, conversation)) return existing ? { ...list, items: others } : list;
  const last = list.items[list.items.length - 1];
  if (!existing && list.hasNextPage && last && compare(filter, conversation, last) > 0) return list;
  return { ...list, items: [...others, conversation].sort((a, b) => compare(filter, a, b)) };
}

export function appendPage(list: ConversationList, page: ConversationList): ConversationList {
  const known = new Set(list.items.map((item) => item.id));
  return { items: [...list.items, ...page.items.filter((item) => !known.has(item.id))], hasNextPage: page.hasNextPage, endCursor: page.endCursor };
}
