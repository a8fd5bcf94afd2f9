import { Collection, Condition } from '@handoff/read-store';
import { TransferBucketDocument, TransferFactDocument, TransferFactsDocument } from './transfer-facts.projection';

type Range = { from: string; to: string; queueId?: string };

function inRange(kind: 'transfer' | 'bucket', range: Range): Condition[] {
  return [
    { field: 'kind', eq: kind },
    ...(range.queueId ? [{ field: 'queueId', eq: range.queueId }] : []),
    { field: 'at', gte: range.from },
    { field: 'at', lt: range.to },
  ];
}

/** The transfers whose time is in [from, to) (ISO 8601 UTC), of one queue when asked. */
export async function transferFacts(facts: Collection<TransferFactsDocument>, tenantId: string, range: Range): Promise<TransferFactDocument[]> {
  const documents = await facts.list(tenantId, inRange('transfer', range));
  return documents.filter((document): document is TransferFactDocument => document.kind === 'transfer');
}

/** The hourly buckets of [fromHour, toHour), of one queue when asked. */
export async function transferBuckets(facts: Collection<TransferFactsDocument>, tenantId: string, range: Range): Promise<TransferBucketDocument[]> {
  const documents = await facts.list(tenantId, inRange('bucket', range));
  return documents.filter((document): document is TransferBucketDocument => document.kind === 'bucket');
}
