import { QueueBucketDocument } from '@handoff/projections';

/** The contract's QueuePerformance figures (definitions in its comments), without the queue and the range. */
export interface QueuePerformanceFigures {
  entered: number;
  answered: number;
  answeredInTime: number;
  abandoned: number;
  serviceLevel: number | null;
  avgWaitSeconds: number | null;
  maxWaitSeconds: number | null;
  offers: number;
  offersDeclined: number;
  offersExpired: number;
  waitBreaches: number;
}

export interface QueuePerformance extends QueuePerformanceFigures {
  queueId: string;
  from: string;
  to: string;
}

const COUNTS = ['entered', 'answered', 'answeredInTime', 'abandoned', 'offers', 'offersDeclined', 'offersExpired', 'waitBreaches'] as const;

/** Sums one queue's hourly buckets of [from, to) (whole hours) into the contract's figures. */
export function summariseQueue(queueId: string, buckets: readonly QueueBucketDocument[], range: { from: string; to: string }): QueuePerformance {
  const totals = Object.fromEntries(COUNTS.map((counter) => [counter, 0])) as Record<(typeof COUNTS)[number], number>;
  let waitSecondsSum = 0;
  let maxWaitSeconds: number | null = null;
  for (const bucket of buckets) {
    for (const counter of COUNTS) totals[counter] += bucket[counter];
    waitSecondsSum += bucket.waitSecondsSum;
    if (bucket.maxWaitSeconds !== null) maxWaitSeconds = Math.max(maxWaitSeconds ?? 0, bucket.maxWaitSeconds);
  }
  const ended = totals.answered + totals.abandoned;
  return {
    queueId,
    from: range.from,
    to: range.to,
    ...totals,
    serviceLevel: ended > 0 ? totals.answeredInTime / ended : null,
    avgWaitSeconds: totals.answered > 0 ? waitSecondsSum / totals.answered : null,
    maxWaitSeconds,
  };
}
