import { AgentDocument, PerformanceBucketDocument, TransferReasonDocument } from '@handoff/projections';

export interface AgentPerformance {
  agent: AgentDocument;
  from: string;
  to: string;
  assignments: number;
  transfersIn: number;
  transfersOut: number;
  unassignments: number;
  closed: number;
  avgHandleSeconds: number | null;
  avgWaitSeconds: number | null;
  transferRate: number | null;
  transfersOutByReason: Array<{ reason: TransferReasonDocument; count: number }>;
}

const mean = (sum: number, count: number): number | null => (count > 0 ? sum / count : null);

/** Sums one agent's hourly buckets of [from, to) (both already rounded down to the hour) into the contract's figures. */
export function summarisePerformance(
  agent: AgentDocument,
  buckets: readonly PerformanceBucketDocument[],
  range: { from: string; to: string },
  reasonOf: (reasonId: string) => TransferReasonDocument,
): AgentPerformance {
  const total = { assignments: 0, transfersIn: 0, transfersOut: 0, unassignments: 0, closed: 0, handleSum: 0, handleCount: 0, waitSum: 0, waitCount: 0 };
  const byReason = new Map<string, number>();
  for (const bucket of buckets) {
    total.assignments += bucket.assignments;
    total.transfersIn += bucket.transfersIn;
    total.transfersOut += bucket.transfersOut;
    total.unassignments += bucket.unassignments;
    total.closed += bucket.closed;
    total.handleSum += bucket.handleSecondsSum;
    total.handleCount += bucket.handleCount;
    total.waitSum += bucket.waitSecondsSum;
    total.waitCount += bucket.waitCount;
    for (const [reasonId, count] of Object.entries(bucket.transfersOutByReason)) {
      byReason.set(reasonId, (byReason.get(reasonId) ?? 0) + count);
    }
  }
  return {
    agent,
    from: range.from,
    to: range.to,
    assignments: total.assignments,
    transfersIn: total.transfersIn,
    transfersOut: total.transfersOut,
    unassignments: total.unassignments,
    closed: total.closed,
    avgHandleSeconds: mean(total.handleSum, total.handleCount),
    avgWaitSeconds: mean(total.waitSum, total.waitCount),
    transferRate: total.assignments > 0 ? total.transfersOut / total.assignments : null,
    transfersOutByReason: [...byReason.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([reasonId, count]) => ({ reason: reasonOf(reasonId), count })),
  };
}

