import { knownQueueIds } from '@handoff/projections';
import { QueuePerformance } from '../analytics/queue-performance';
import { periodsOf, queuePerformanceRows } from '../analytics/queue-performance-rows';
import { Column, ExportDefinition, inPages } from './export-definition';
import { fileTime } from './export-query';
import { parseRange, RANGE_PARAMETERS, RangeParams } from './range-params';

const PAGE_SIZE = 1000;
const FIGURES = [
  'entered', 'answered', 'answeredInTime', 'abandoned', 'serviceLevel', 'avgWaitSeconds', 'maxWaitSeconds', 'offers', 'offersDeclined', 'offersExpired', 'waitBreaches',
] as const satisfies ReadonlyArray<keyof QueuePerformance>;

interface QueueExport extends RangeParams {
  queueIds?: string[];
}

const COLUMNS: Column<QueuePerformance>[] = [
  { name: 'queueId', value: (row) => row.queueId },
  { name: 'from', value: (row) => row.from },
  { name: 'to', value: (row) => row.to },
  ...FIGURES.map((figure) => ({ name: figure, value: (row: QueuePerformance) => row[figure] })),
];

/** One row per queue (asked in `queueIds=a,b`, else every known one) per hour or UTC day, as queuePerformance computes them. */
export const QUEUE_PERFORMANCE_EXPORT: ExportDefinition<QueueExport, QueuePerformance> = {
  name: 'queue-performance',
  formats: ['csv', 'ndjson'],
  parameters: [...RANGE_PARAMETERS, 'queueIds'],
  parse: (query) => ({ ...parseRange(query), queueIds: query.ids('queueIds') }),
  fileName: ({ from, to, granularity }) => `queue-performance-${granularity}-${fileTime(from)}-${fileTime(to)}`,
  columns: COLUMNS,
  // Every queue has a row for every period, activity or not.
  count: async ({ readModels }, tenantId, { from, to, granularity, queueIds }) =>
    (queueIds ? new Set(queueIds).size : (await knownQueueIds(readModels.queuePerformance, tenantId)).length) * periodsOf(from, to, granularity).length,
  pages: ({ readModels }, tenantId, { from, to, granularity, queueIds }) =>
    inPages(queuePerformanceRows(readModels, tenantId, { from: new Date(from), to: new Date(to), queueIds, granularity }), PAGE_SIZE),
};
