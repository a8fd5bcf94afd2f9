import {
  flowKey, flowOf, hourOf, TransferBucketDocument, TransferFact, transferBuckets, transferFacts, TransferFactsDocument,
} from '@handoff/projections';
import { Collection } from '@handoff/read-store';

/** The contract's TransferAnalytics with agents and reasons still as ids (the resolver looks them up). */
export interface TransferFigures {
  from: string;
  to: string;
  transfers: number;
  conversations: number;
  retransfers: number;
  returnsToPreviousHolder: number;
  avgFirstReplyAfterTransferSeconds: number | null;
  byReason: Array<{ reasonId: string; count: number }>;
  flows: Array<{ reasonId: string; fromAgentId: string; toAgentId: string; count: number }>;
}

type Fact = TransferFact & { firstReplySeconds: number | null };
type Range = { from: string; to: string; queueId?: string };

const HOUR_MS = 3_600_000;

function ceilHour(iso: string): string {
  const hour = hourOf(iso);
  return hour === iso ? hour : new Date(Date.parse(hour) + HOUR_MS).toISOString();
}

const tallied = (counts: Map<string, number>, key: string, by: number): void => {
  counts.set(key, (counts.get(key) ?? 0) + by);
};

const largestFirst = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Sums the transfers of [from, to) into the contract's figures: the whole hours inside the range from their
 * buckets, the partial hours at its ends transfer by transfer. Ties in byReason and flows go by id.
 */
export function summariseTransfers(parts: { buckets: readonly TransferBucketDocument[]; facts: readonly Fact[] }, range: { from: string; to: string }): TransferFigures {
  const totals = { transfers: 0, retransfers: 0, returnsToPreviousHolder: 0, replySum: 0, replies: 0 };
  const conversations = new Set<string>();
  const flows = new Map<string, number>();
  for (const bucket of parts.buckets) {
    totals.transfers += bucket.transfers;
    totals.retransfers += bucket.retransfers;
    totals.returnsToPreviousHolder += bucket.returnsToPreviousHolder;
    totals.replySum += bucket.firstReplySecondsSum;
    totals.replies += bucket.firstReplies;
    for (const id of bucket.conversationIds) conversations.add(id);
    for (const [key, count] of Object.entries(bucket.flows)) tallied(flows, key, count);
  }
  for (const fact of parts.facts) {
    totals.transfers += 1;
    if (fact.retransfer) totals.retransfers += 1;
    if (fact.returnToPreviousHolder) totals.returnsToPreviousHolder += 1;
    if (fact.firstReplySeconds !== null) {
      totals.replySum += fact.firstReplySeconds;
      totals.replies += 1;
    }
    conversations.add(fact.conversationId);
    tallied(flows, flowKey(fact.reasonId, fact.fromAgentId, fact.toAgentId), 1);
  }
  const reasons = new Map<string, number>();
  for (const [key, count] of flows) tallied(reasons, flowOf(key).reasonId, count);
  return {
    from: range.from,
    to: range.to,
    transfers: totals.transfers,
    conversations: conversations.size,
    retransfers: totals.retransfers,
    returnsToPreviousHolder: totals.returnsToPreviousHolder,
    avgFirstReplyAfterTransferSeconds: totals.replies > 0 ? totals.replySum / totals.replies : null,
    byReason: [...reasons].sort(largestFirst).map(([reasonId, count]) => ({ reasonId, count })),
    flows: [...flows].sort(largestFirst).map(([key, count]) => ({ ...flowOf(key), count })),
  };
}

/** Transfer analytics of [from, to) (checked, ISO 8601 UTC), of one queue when asked. */
export async function transferFigures(
  readModels: { transferFacts: Collection<TransferFactsDocument> },
  tenantId: string,
  range: Range,
): Promise<TransferFigures> {
  const { from, to, queueId } = range;
  const queue = queueId ? { queueId } : {};
  const firstWhole = ceilHour(from);
  const lastWhole = hourOf(to);
  const model = readModels.transferFacts;
  if (firstWhole >= lastWhole) return summariseTransfers({ buckets: [], facts: await transferFacts(model, tenantId, range) }, range);
  const [buckets, head, tail] = await Promise.all([
    transferBuckets(model, tenantId, { from: firstWhole, to: lastWhole, ...queue }),
    transferFacts(model, tenantId, { from, to: firstWhole, ...queue }),
    transferFacts(model, tenantId, { from: lastWhole, to, ...queue }),
  ]);
  return summariseTransfers({ buckets, facts: [...head, ...tail] }, range);
}
