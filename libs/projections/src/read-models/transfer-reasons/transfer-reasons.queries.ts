import { Collection, Condition } from '@handoff/read-store';
import { TransferReasonDocument } from './transfer-reasons.projection';

export function findTransferReason(reasons: Collection<TransferReasonDocument>, tenantId: string, id: string): Promise<TransferReasonDocument | null> {
  return reasons.get(tenantId, id);
}

/** By name; only the active ones unless `includeInactive`. */
export function listTransferReasons(reasons: Collection<TransferReasonDocument>, tenantId: string, includeInactive: boolean): Promise<TransferReasonDocument[]> {
  const where: Condition[] = includeInactive ? [] : [{ field: 'active', eq: true }];
  return reasons.list(tenantId, where, [{ field: 'name', direction: 'asc' }]);
}
