/**
 * A queue's service figures over the chosen range (pure). queuePerformance answers one row per queue; should it
 * answer several (hour buckets), they are summed here exactly as the contract defines each figure.
 */
export interface QueueFigures {
  queueId: string;
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

/** answeredInTime / (answered + abandoned); null when both are 0. */
export function serviceLevelOf(answeredInTime: number, answered: number, abandoned: number): number | null {
  return answered + abandoned === 0 ? null : answeredInTime / (answered + abandoned);
}

function merge(a: QueueFigures, b: QueueFigures): QueueFigures {
  const answered = a.answered + b.answered;
  const answeredInTime = a.answeredInTime + b.answeredInTime;
  const abandoned = a.abandoned + b.abandoned;
  const waited = (a.avgWaitSeconds ?? 0) * a.answered + (b.avgWaitSeconds ?? 0) * b.answered;
  const longest = [a.maxWaitSeconds, b.maxWaitSeconds].filter((value): value is number => value !== null);
  return {
    queueId: a.queueId,
    entered: a.entered + b.entered,
    answered,
    answeredInTime,
    abandoned,
    serviceLevel: serviceLevelOf(answeredInTime, answered, abandoned),
    avgWaitSeconds: answered === 0 ? null : waited / answered,
    maxWaitSeconds: longest.length ? Math.max(...longest) : null,
    offers: a.offers + b.offers,
    offersDeclined: a.offersDeclined + b.offersDeclined,
    offersExpired: a.offersExpired + b.offersExpired,
    waitBreaches: a.waitBreaches + b.waitBreaches,
  };
}

/** One row per queue, sorted by queue id. */
export function figuresPerQueue(rows: readonly QueueFigures[]): QueueFigures[] {
  const byQueue = new Map<string, QueueFigures>();
  for (const row of rows) {
    const seen = byQueue.get(row.queueId);
    byQueue.set(row.queueId, seen ? merge(seen, row) : { ...row });
  }
  return [...byQueue.values()].sort((a, b) => a.queueId.localeCompare(b.queueId));
}

/** How the service level reads at a glance: good from 80 %, fair from 60 %, poor below; none without waits. */
export type ServiceGrade = 'good' | 'fair' | 'poor' | 'none';

export function gradeOf(serviceLevel: number | null): ServiceGrade {
  if (serviceLevel === null) return 'none';
  return serviceLevel >= 0.8 ? 'good' : serviceLevel >= 0.6 ? 'fair' : 'poor';
}
