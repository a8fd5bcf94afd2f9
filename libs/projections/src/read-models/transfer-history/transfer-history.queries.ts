import { Collection, Condition, Page } from '@handoff/read-store';
import { TransferHistoryDocument } from './transfer-history.projection';

export function findTransfer(history: Collection<TransferHistoryDocument>, tenantId: string, id: string): Promise<TransferHistoryDocument | null> {
  return history.get(tenantId, id);
}

/** Newest first. */
export function transferPage(
  history: Collection<TransferHistoryDocument>,
  tenantId: string,
  page: { where: Condition[]; first: number; after?: string; withTotalCount?: boolean },
): Promise<Page<TransferHistoryDocument>> {
  const { where, first, after, withTotalCount } = page;
  return history.find({ tenantId, where, orderBy: [{ field: 'sortPosition', direction: 'desc' }], first, after, withTotalCount });
}
