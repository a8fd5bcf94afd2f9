import { hourOf } from '@handoff/projections';
import { checkAnalyticsRange } from '../analytics/analytics-input';
import { ExportQuery } from './export-query';

export type ExportGranularity = 'hour' | 'day';

/** The parameters of the performance exports: `from`, `to` (rounded down to the hour) and `granularity`. */
export interface RangeParams {
  from: string;
  to: string;
  granularity: ExportGranularity;
}

export const RANGE_PARAMETERS = ['from', 'to', 'granularity'] as const;

export function parseRange(query: ExportQuery): RangeParams {
  const { from, to } = checkAnalyticsRange(query.text('from'), query.text('to'));
  return { from: hourOf(from), to: hourOf(to), granularity: query.choice('granularity', ['hour', 'day'], 'hour') };
}
