import { QUEUE_DEFAULTS } from '@handoff/domain';
import { Collection } from '@handoff/read-store';
import { QueueSettingsDocument } from './queue-settings.projection';

/** A queue never configured: the defaults it behaves by (version 0: its stream does not exist). */
export function defaultQueueSettings(tenantId: string, queueId: string): QueueSettingsDocument {
  return {
    tenantId, id: queueId, queueId, name: null, ...QUEUE_DEFAULTS, maxWaitSeconds: null, returnAfterSeconds: null, version: 0,
  };
}

/** The queue's settings, its defaults when it was never configured. */
export async function queueSettingsOf(settings: Collection<QueueSettingsDocument>, tenantId: string, queueId: string): Promise<QueueSettingsDocument> {
  return (await settings.get(tenantId, queueId)) ?? defaultQueueSettings(tenantId, queueId);
}

/** Every configured queue, by id. */
export function configuredQueues(settings: Collection<QueueSettingsDocument>, tenantId: string): Promise<QueueSettingsDocument[]> {
  return settings.list(tenantId, [], [{ field: 'queueId', direction: 'asc' }]);
}
