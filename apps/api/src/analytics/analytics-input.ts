import { BadInput, checkQueueIds } from '@handoff/domain';
import { parseDateTime } from '../graphql/date-time.scalar';

const DAY_MS = 86_400_000;
export const MAX_RANGE_DAYS = 366;

/** DESIGN.md "Input limits" for queuePerformance, transferAnalytics and exports: `from` < `to`, at most 366 days apart. */
export function checkAnalyticsRange(rawFrom: unknown, rawTo: unknown): { from: string; to: string } {
  const from = parseDateTime('from', rawFrom);
  const to = parseDateTime('to', rawTo);
  if (from >= to) throw new BadInput('from', 'must be before to');
  if (Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * DAY_MS) throw new BadInput('to', `must be at most ${MAX_RANGE_DAYS} days after from`);
  return { from, to };
}

/** Omitted (null): every queue; given: 1–50 well-formed ids. */
export function checkOptionalQueueIds(field: string, value: unknown): string[] | undefined {
  return value === undefined || value === null ? undefined : checkQueueIds(field, value);
}
