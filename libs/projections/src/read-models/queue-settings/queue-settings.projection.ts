import { QueueEvent, RoutingMode } from '@handoff/domain';
import { CollectionDefinition } from '@handoff/read-store';
import { singleDocumentProjection } from '../../projection';

/** A configured queue's settings, as its last QueueConfigured says; the document id is the queue id. */
export interface QueueSettingsDocument {
  tenantId: string;
  id: string;
  queueId: string;
  name: string | null;
  routing: RoutingMode;
  offerTimeoutSeconds: number;
  maxWaitSeconds: number | null;
  returnAfterSeconds: number | null;
  serviceLevelSeconds: number;
  /** Events in the queue's stream. */
  version: number;
}

export const QUEUE_SETTINGS: CollectionDefinition<QueueSettingsDocument> = {
  name: 'queue-settings',
  fields: { queueId: 'text' },
  indexes: [['queueId']],
};

export const queueSettingsProjection = singleDocumentProjection<QueueSettingsDocument, QueueEvent>({
  collection: QUEUE_SETTINGS,
  version: 1,
  eventTypes: ['QueueConfigured'],
  documentId: (event) => event.data.queueId,
  evolve: (document, event) => {
    if (document && event.streamVersion <= document.version) return document;
    const { queueId, name, routing, offerTimeoutSeconds, maxWaitSeconds, returnAfterSeconds, serviceLevelSeconds } = event.data;
    return {
      tenantId: event.metadata.tenantId,
      id: queueId,
      queueId,
      name: name ?? null,
      routing,
      offerTimeoutSeconds,
      maxWaitSeconds: maxWaitSeconds ?? null,
      returnAfterSeconds: returnAfterSeconds ?? null,
      serviceLevelSeconds,
      version: event.streamVersion,
    };
  },
});
