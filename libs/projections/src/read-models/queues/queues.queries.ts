import { Collection } from '@handoff/read-store';
import { isOfKind, queueDocumentId, QueueDocument, QueuesDocument } from './queues.projection';

export interface QueueSummary {
  queueId: string;
  queued: number;
  assigned: number;
  oldestWaitingSince: string | null;
  agentsOnline: number;
}

/** Every queue of the tenant, by id. */
export async function queueSummaries(queues: Collection<QueuesDocument>, tenantId: string): Promise<QueueSummary[]> {
  const documents = await queues.list(tenantId, [{ field: 'kind', eq: 'queue' }], [{ field: 'queueId', direction: 'asc' }]);
  const listed = documents.filter((document) => isOfKind(document, 'queue'));
  return Promise.all(listed.map((queue) => summarise(queues, tenantId, queue)));
}

export async function queueSummary(queues: Collection<QueuesDocument>, tenantId: string, queueId: string): Promise<QueueSummary | null> {
  const queue = await queues.get(tenantId, queueDocumentId(queueId));
  return queue && isOfKind(queue, 'queue') ? summarise(queues, tenantId, queue) : null;
}

/** The oldest wait is the first QUEUED conversation of the queue by waitingSince: an index seek. */
async function summarise(queues: Collection<QueuesDocument>, tenantId: string, queue: QueueDocument): Promise<QueueSummary> {
  const oldest = await queues.find({
    tenantId,
    where: [{ field: 'kind', eq: 'conversation' }, { field: 'queueId', eq: queue.queueId }, { field: 'status', eq: 'QUEUED' }],
    orderBy: [{ field: 'waitingSince', direction: 'asc' }],
    first: 1,
    withTotalCount: false,
  });
  const [first] = oldest.documents;
  return {
    queueId: queue.queueId,
    queued: queue.queued,
    assigned: queue.assigned,
    oldestWaitingSince: first && isOfKind(first, 'conversation') ? first.waitingSince : null,
    agentsOnline: queue.agentsOnline,
  };
}
