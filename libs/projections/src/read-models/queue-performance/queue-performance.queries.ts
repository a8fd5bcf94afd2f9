import { Collection, Condition } from '@handoff/read-store';
import { KnownQueueDocument, QueueBucketDocument, QueuePerformanceDocument } from './queue-performance.projection';

/** One queue's hourly buckets in [fromHour, toHour), oldest first. */
export async function queueBuckets(
  performance: Collection<QueuePerformanceDocument>,
  tenantId: string,
  range: { queueId: string; fromHour: string; toHour: string },
): Promise<QueueBucketDocument[]> {
  const where: Condition[] = [
    { field: 'kind', eq: 'bucket' },
    { field: 'queueId', eq: range.queueId },
    { field: 'hour', gte: range.fromHour },
    { field: 'hour', lt: range.toHour },
  ];
  const documents = await performance.list(tenantId, where, [{ field: 'hour', direction: 'asc' }]);
  return documents.filter((document): document is QueueBucketDocument => document.kind === 'bucket');
}

/** Every queue the tenant configured or opened a conversation into, by id. */
export async function knownQueueIds(performance: Collection<QueuePerformanceDocument>, tenantId: string): Promise<string[]> {
  const documents = await performance.list(tenantId, [{ field: 'kind', eq: 'queue' }], [{ field: 'queueId', direction: 'asc' }]);
  return documents.filter((document): document is KnownQueueDocument => document.kind === 'queue').map((document) => document.queueId);
}
