import { ConversationEvent } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { sortablePosition } from '@handoff/read-store';
import { singleDocumentProjection } from '../../projection';
import { TransferDocument, transferDocument } from '../conversations/conversations.projection';

/** One row per transfer, newest first by its global position; `at` is the event's time. */
export interface TransferHistoryDocument extends TransferDocument {
  tenantId: string;
  sortPosition: string;
  [field: string]: unknown;
}

export function transferHistoryRow(event: RecordedEvent): TransferHistoryDocument | null {
  const domainEvent = event as unknown as ConversationEvent;
  if (domainEvent.type !== 'ConversationTransferred') return null;
  return {
    tenantId: event.metadata.tenantId,
    ...transferDocument(event, domainEvent.data),
    sortPosition: sortablePosition(event.position),
  };
}

export const transferHistoryProjection = singleDocumentProjection<TransferHistoryDocument>({
  name: 'transfer-history',
  version: 1,
  collection: {
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
  },
  eventTypes: ['ConversationTransferred'],
  documentId: (event) => event.eventId,
  evolve: (_document, event) => transferHistoryRow(event),
});
