import { BadInput } from '@handoff/domain';
import { TransferHistoryDocument, transferPage } from '@handoff/projections';
import { Condition } from '@handoff/read-store';
import { checkAnalyticsRange } from '../analytics/analytics-input';
import { transferConditions } from '../transfers/transfer.resolver';
import { Column, ExportDefinition } from './export-definition';
import { ExportQuery, fileTime } from './export-query';

/** Rows read per page: big enough that the reads cost little per row, small enough that a page is a few hundred KB. */
const PAGE_SIZE = 1000;
const FILTERS = ['conversationId', 'agentId', 'fromAgentId', 'toAgentId', 'reasonId', 'actorId', 'from', 'to'] as const;

interface TransferExport {
  where: Condition[];
  from?: string;
  to?: string;
}

/** The filter of `transferHistory` (its TransferFilter, one parameter per field), refused by the same rules. */
function parse(query: ExportQuery): TransferExport {
  const filter = Object.fromEntries(FILTERS.map((name) => [name, query.text(name)]));
  let where: Condition[];
  try {
    where = transferConditions(filter);
  } catch (error) {
    if (error instanceof BadInput) throw new BadInput(error.field.replace(/^filter\./, ''), error.message.replace(/^[^:]*: /, '').replace(/filter\./g, ''));
    throw error;
  }
  const from = query.dateTime('from');
  const to = query.dateTime('to');
  if (from && to) checkAnalyticsRange(from, to);
  return { where, from, to };
}

const COLUMNS: Column<TransferHistoryDocument>[] = [
  { name: 'id', value: (row) => row.id },
  { name: 'at', value: (row) => row.at },
  { name: 'conversationId', value: (row) => row.conversationId },
  { name: 'fromAgentId', value: (row) => row.fromAgentId },
  { name: 'toAgentId', value: (row) => row.toAgentId },
  { name: 'reasonId', value: (row) => row.reasonId },
  { name: 'reasonName', value: (row) => row.reasonName },
  { name: 'note', value: (row) => row.note },
  { name: 'actorId', value: (row) => row.actorId },
  { name: 'actorRole', value: (row) => row.actorRole },
  { name: 'position', value: (row) => row.position },
];

/** Newest first, as transferHistory pages them; rows newer than the first page never slip in (keyset order). */
export const TRANSFERS_EXPORT: ExportDefinition<TransferExport, TransferHistoryDocument> = {
  name: 'transfers',
  formats: ['csv', 'ndjson'],
  parameters: FILTERS,
  parse,
  fileName: ({ from, to }) => ['transfers', ...(from ? [fileTime(from)] : []), ...(to ? [fileTime(to)] : [])].join('-'),
  columns: COLUMNS,
  count: async ({ readModels }, tenantId, { where }) => (await transferPage(readModels.transferHistory, tenantId, { where, first: 1 })).totalCount,
  async *pages({ readModels }, tenantId, { where }) {
    // Keyset on sortPosition (one transfer per log position, so unique): a range the index serves, where a cursor's
    // (sortPosition, id) tie-break would make each page skip every row before it.
    let before: Condition[] = [];
    for (;;) {
      const page = await transferPage(readModels.transferHistory, tenantId, { where: [...where, ...before], first: PAGE_SIZE, withTotalCount: false });
      yield page.documents;
      const last = page.documents.at(-1);
      if (!page.hasNextPage || !last) return;
      before = [{ field: 'sortPosition', lt: last.sortPosition }];
    }
  },
};
