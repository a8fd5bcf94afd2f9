import { hourOf } from '@handoff/projections';
import { checkRange, ExportQuery } from './export-query';
import { Granularity } from './periods';

/** The parameters of the performance exports: `from`, `to` (rounded down to the hour) and `granularity`. */
export interface RangeParams {
  from: string;
  to: string;
  granularity: Granularity;
}

export const RANGE_PARAMETERS = ['from', 'to', 'granularity'] as const;

export function parseRange(query: ExportQuery): RangeParams {
  const from = query.requiredDateTime('from');
  const to = query.requiredDateTime('to');
  checkRange(from, to);
  return { from: hourOf(from), to: hourOf(to), granularity: query.choice('granularity', ['hour', 'day'], 'hour') };
}
