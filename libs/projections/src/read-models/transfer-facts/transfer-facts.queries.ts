import { Collection, Condition } from '@handoff/read-store';
import { TransferFactDocument, TransferFactsDocument } from './transfer-facts.projection';

/** The transfers whose time is in [from, to) (ISO 8601 UTC), of one queue when asked. */
export async function transferFacts(
  facts: Collection<TransferFactsDocument>,
  tenantId: string,
  range: { from: string; to: string; queueId?: string },
): Promise<TransferFactDocument[]> {
  const where: Condition[] = [
    { field: 'kind', eq: 'transfer' },
    ...(range.queueId ? [{ field: 'queueId', eq: range.queueId }] : []),
    { field: 'at', gte: range.from },
    { field: 'at', lt: range.to },
  ];
  const documents = await facts.list(tenantId, where);
  return documents.filter((document): document is TransferFactDocument => document.kind === 'transfer');
}
