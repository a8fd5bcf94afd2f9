import { ConversationEvent } from '@handoff/domain';
import { CollectionDefinition, sortablePosition } from '@handoff/read-store';
import { Decoded, singleDocumentProjection } from '../../projection';
import { TransferDocument, transferDocument } from '../conversations/conversations.projection';

/** One row per transfer, newest first by its global position; `at` is the event's time. */
export interface TransferHistoryDocument extends TransferDocument {
  tenantId: string;
  sortPosition: string;
}

export const TRANSFER_HISTORY: CollectionDefinition<TransferHistoryDocument> = {
  name: 'transfer-history',
  fields: {
    conversationId: 'text',
    fromAgentId: 'text',
    toAgentId: 'text',
    reasonId: 'text',
    actorId: 'text',
    at: 'text',
    sortPosition: 'text',
  },
  indexes: [
    ['sortPosition'],
    ['conversationId', 'sortPosition'],
    ['fromAgentId', 'sortPosition'],
    ['toAgentId', 'sortPosition'],
    ['reasonId', 'sortPosition'],
    ['actorId', 'sortPosition'],
    ['at', 'sortPosition'],
  ],
};

type ConversationTransferred = Extract<ConversationEvent, { type: 'ConversationTransferred' }>;

export function transferHistoryRow(event: Decoded<ConversationTransferred>): TransferHistoryDocument {
  return {
    tenantId: event.metadata.tenantId,
    ...transferDocument(event),
    sortPosition: sortablePosition(event.position),
  };
}

export const transferHistoryProjection = singleDocumentProjection({
  collection: TRANSFER_HISTORY,
  version: 1,
  eventTypes: ['ConversationTransferred'] satisfies ConversationTransferred['type'][],
  documentId: (event: Decoded<ConversationTransferred>) => event.eventId,
  evolve: (_document, event) => transferHistoryRow(event),
});
