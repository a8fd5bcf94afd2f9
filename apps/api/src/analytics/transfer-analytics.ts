import { TransferFact } from '@handoff/projections';

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

function byCountThenKey<T extends { count: number }>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => b.count - a.count || key(a).localeCompare(key(b));
}

/** Sums the transfers of [from, to) into the contract's figures; ties in byReason and flows go by id. */
export function summariseTransfers(facts: Iterable<Fact>, range: { from: string; to: string }): TransferFigures {
  const conversations = new Set<string>();
  const reasons = new Map<string, number>();
  const flows = new Map<string, { reasonId: string; fromAgentId: string; toAgentId: string; count: number }>();
  let transfers = 0;
  let retransfers = 0;
  let returns = 0;
  let replySum = 0;
  let replies = 0;
  for (const fact of facts) {
    transfers += 1;
    conversations.add(fact.conversationId);
    if (fact.retransfer) retransfers += 1;
    if (fact.returnToPreviousHolder) returns += 1;
    if (fact.firstReplySeconds !== null) {
      replySum += fact.firstReplySeconds;
      replies += 1;
    }
    reasons.set(fact.reasonId, (reasons.get(fact.reasonId) ?? 0) + 1);
    const key = JSON.stringify([fact.reasonId, fact.fromAgentId, fact.toAgentId]);
    const flow = flows.get(key);
    if (flow) flow.count += 1;
    else flows.set(key, { reasonId: fact.reasonId, fromAgentId: fact.fromAgentId, toAgentId: fact.toAgentId, count: 1 });
  }
  return {
    from: range.from,
    to: range.to,
    transfers,
    conversations: conversations.size,
    retransfers,
    returnsToPreviousHolder: returns,
    avgFirstReplyAfterTransferSeconds: replies > 0 ? replySum / replies : null,
    byReason: [...reasons.entries()].map(([reasonId, count]) => ({ reasonId, count })).sort(byCountThenKey((item) => item.reasonId)),
    flows: [...flows.entries()].sort(([keyA, a], [keyB, b]) => b.count - a.count || keyA.localeCompare(keyB)).map(([, flow]) => flow),
  };
}
