import { TransferReasonEvent, TRANSFER_REASON_EVENT_TYPES } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { singleDocumentProjection } from '../../projection';

export interface TransferReasonDocument {
  tenantId: string;
  id: string;
  name: string;
  description: string | null;
  active: boolean;
  [field: string]: unknown;
}

export function evolveTransferReason(document: TransferReasonDocument | null, event: RecordedEvent): TransferReasonDocument | null {
  const domainEvent = event as unknown as TransferReasonEvent;
  switch (domainEvent.type) {
    case 'TransferReasonDefined': {
      const { reasonId, name, description } = domainEvent.data;
      return { tenantId: event.metadata.tenantId, id: reasonId, name, description: description ?? null, active: true };
    }
    case 'TransferReasonRetired':
      return document ? { ...document, active: false } : null;
    default:
      return document;
  }
}

export const transferReasonsProjection = singleDocumentProjection<TransferReasonDocument>({
  name: 'transfer-reasons',
  version: 1,
  collection: { fields: { active: 'integer', name: 'text' }, indexes: [['active', 'name']] },
  eventTypes: TRANSFER_REASON_EVENT_TYPES,
  documentId: (event) => String((event.data as { reasonId: string }).reasonId),
  evolve: evolveTransferReason,
});
