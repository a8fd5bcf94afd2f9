import { ConversationEvent } from '@handoff/domain';
import { CollectionDefinition, sortablePosition } from '@handoff/read-store';
import { Decoded, decodingProjection, tenantOf } from '../../projection';
import { TransferDocument, transferDocument } from '../conversations/conversations.projection';

/** One row per transfer, newest first by its global position; `at` is the event's time. */
export interface TransferHistoryDocument extends TransferDocument {
  tenantId: string;
  sortPosition: string;
  /** Set when forgetContact dropped the note: the row changed, but no transfer happened (no conversationTransferred push). */
  noteErased?: true;
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
type PersonalDataErased = Extract<ConversationEvent, { type: 'ConversationPersonalDataErased' }>;

export function transferHistoryRow(event: Decoded<ConversationTransferred>): TransferHistoryDocument {
  return {
    tenantId: event.metadata.tenantId,
    ...transferDocument(event),
    sortPosition: sortablePosition(event.position),
  };
}

/** A row per transfer; forgetContact's erasure drops the notes of the transfers it lists. */
export const transferHistoryProjection = decodingProjection<TransferHistoryDocument, ConversationTransferred | PersonalDataErased>({
  collection: TRANSFER_HISTORY,
  version: 1,
  eventTypes: ['ConversationTransferred', 'ConversationPersonalDataErased'],
  async apply(event, documents) {
    if (event.type === 'ConversationTransferred') {
      documents.put(transferHistoryRow(event));
      return;
    }
    for (const id of event.data.transferIds) {
      const row = await documents.get(tenantOf(event), id);
      if (row && row.note !== null) documents.put({ ...row, note: null, noteErased: true });
    }
  },
});
