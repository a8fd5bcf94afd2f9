import { OfferedConversation } from './types';

/**
 * A set of OFFERED conversations kept by pushes: an offer matching `keep` is added or replaced, anything else
 * (accepted, declined, expired, withdrawn, or offered to someone else) leaves. An older version never overwrites.
 */
export function applyOfferChange(
  list: OfferedConversation[],
  conversation: OfferedConversation,
  keep: (conversation: OfferedConversation) => boolean,
): OfferedConversation[] {
  const existing = list.find((item) => item.id === conversation.id);
  if (existing && existing.version > conversation.version) return list;
  const others = list.filter((item) => item.id !== conversation.id);
  if (conversation.status !== 'OFFERED' || !conversation.offer || !keep(conversation)) return others;
  return [...others, conversation].sort((a, b) => Date.parse(a.offer!.expiresAt) - Date.parse(b.offer!.expiresAt) || a.id.localeCompare(b.id));
}
