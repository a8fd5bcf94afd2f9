import { Collection, Condition, Page } from '@handoff/read-store';
import { ConversationDocument } from './conversations.projection';

export type ConversationOrder = 'waitingSince' | 'openedAt';

export function findConversation(conversations: Collection<ConversationDocument>, tenantId: string, id: string): Promise<ConversationDocument | null> {
  return conversations.get(tenantId, id);
}

export function conversationPage(
  conversations: Collection<ConversationDocument>,
  tenantId: string,
  page: { where: Condition[]; order: ConversationOrder; first: number; after?: string },
): Promise<Page<ConversationDocument>> {
  const { where, order, first, after } = page;
  return conversations.find({ tenantId, where, orderBy: [{ field: order, direction: 'asc' }], first, after });
}
