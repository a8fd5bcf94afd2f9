import { hourOf, knownQueueIds, queueBuckets, QueueBucketDocument, QueuePerformanceDocument } from '@handoff/projections';
import { Collection } from '@handoff/read-store';
import { QueuePerformance, summariseQueue } from './queue-performance';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** 'range': one row per queue over the whole range (the GraphQL query); 'hour' / 'day': UTC buckets (exports). */
export type Granularity = 'hour' | 'day' | 'range';

export interface QueuePerformanceRequest {
  from: Date;
  to: Date;
  /** Omitted: every known queue (configured, or opened into), by id. */
  queueIds?: readonly string[];
  granularity: Granularity;
}

/**
 * [from, to) cut at UTC hour or day starts; the first and last periods are clipped to the range. 'range' is one
 * period even when both ends round down to the same hour: like agentPerformance, each queue still gets its row.
 */
export function periodsOf(fromHour: string, toHour: string, granularity: Granularity): Array<{ from: string; to: string }> {
  if (granularity === 'range') return [{ from: fromHour, to: toHour }];
  const step = granularity === 'hour' ? HOUR_MS : DAY_MS;
  const end = Date.parse(toHour);
  const periods: Array<{ from: string; to: string }> = [];
  for (let start = Date.parse(fromHour); start < end; ) {
    const next = Math.min(end, (Math.floor(start / step) + 1) * step);
    periods.push({ from: new Date(start).toISOString(), to: new Date(next).toISOString() });
    start = next;
  }
  return periods;
}

/**
 * Queue performance per queue and period over [from, to), both rounded down to the hour, one queue's buckets
 * read at a time. Every asked (or known) queue has a row for every period, activity or not. Input checks
 * (checkAnalyticsRange, checkOptionalQueueIds) are the caller's.
 */
export async function* queuePerformanceRows(
  readModels: { queuePerformance: Collection<QueuePerformanceDocument> },
  tenantId: string,
  request: QueuePerformanceRequest,
): AsyncGenerator<QueuePerformance> {
  const fromHour = hourOf(request.from.toISOString());
  const toHour = hourOf(request.to.toISOString());
  const periods = periodsOf(fromHour, toHour, request.granularity);
  const queueIds = request.queueIds ? [...new Set(request.queueIds)] : await knownQueueIds(readModels.queuePerformance, tenantId);
  for (const queueId of queueIds) {
    const buckets = await queueBuckets(readModels.queuePerformance, tenantId, { queueId, fromHour, toHour });
    let next = 0;
    for (const period of periods) {
      const inPeriod: QueueBucketDocument[] = [];
      while (next < buckets.length && buckets[next].hour < period.to) inPeriod.push(buckets[next++]);
      yield summariseQueue(queueId, inPeriod, period);
    }
  }
}
