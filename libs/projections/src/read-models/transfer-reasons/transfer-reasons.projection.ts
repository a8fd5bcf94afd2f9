import { TransferReasonEvent, TRANSFER_REASON_EVENT_TYPES } from '@handoff/domain';
import { CollectionDefinition } from '@handoff/read-store';
import { Decoded, singleDocumentProjection } from '../../projection';

export interface TransferReasonDocument {
  tenantId: string;
  id: string;
  name: string;
  description: string | null;
  active: boolean;
}

export const TRANSFER_REASONS: CollectionDefinition<TransferReasonDocument> = {
  name: 'transfer-reasons',
  fields: { active: 'integer', name: 'text' },
  indexes: [['active', 'name']],
};

export function evolveTransferReason(document: TransferReasonDocument | null, event: Decoded<TransferReasonEvent>): TransferReasonDocument | null {
  switch (event.type) {
    case 'TransferReasonDefined': {
      const { reasonId, name, description } = event.data;
      return { tenantId: event.metadata.tenantId, id: reasonId, name, description: description ?? null, active: true };
    }
    case 'TransferReasonRetired':
      return document ? { ...document, active: false } : null;
    default:
      return document;
  }
}

export const transferReasonsProjection = singleDocumentProjection({
  collection: TRANSFER_REASONS,
  version: 1,
  eventTypes: TRANSFER_REASON_EVENT_TYPES,
  documentId: (event) => event.data.reasonId,
  evolve: evolveTransferReason,
});
