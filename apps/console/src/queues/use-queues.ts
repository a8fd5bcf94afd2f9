import { QUEUE_UPDATED, QUEUES } from '../api/operations';
import { QueueSummary } from '../api/types';
import { useApi } from '../auth/session-context';
import { liveSource, LiveResource, useLiveResource } from '../live/use-live-resource';

function upsertQueue(queues: QueueSummary[], summary: QueueSummary): QueueSummary[] {
  const others = queues.filter((queue) => queue.queueId !== summary.queueId);
  return [...others, summary].sort((a, b) => a.queueId.localeCompare(b.queueId));
}

/** Every queue of the tenant with its counts, kept current by queueUpdated. */
export function useLiveQueues(): LiveResource<QueueSummary[]> {
  const { request } = useApi();
  return useLiveResource<QueueSummary[], QueueSummary>({
    key: 'queues',
    load: async () => (await request(QUEUES)).queues,
    sources: [liveSource(QUEUE_UPDATED, {}, (data) => data.queueUpdated)],
    apply: upsertQueue,
  });
}
