import { Collection } from '@handoff/read-store';
import { AuditIndexDocument } from './audit-index.projection';

/**
 * Where in the log the events of a time range can be. `atMax` (the latest time up to an event) never decreases along
 * the log and is never earlier than the event's own time, so no event before the first whose `atMax` reaches `from`
 * is at or after `from` (`lowest`), and every event from the first whose `atMax` reaches `to` on (`lateFrom`) that is
 * before `to` is late: its time is behind an earlier event's, and its `lateAt` says so. Null when no event is as late
 * as `from`. Two seeks of the atMax index.
 */
export interface AuditTimeWindow {
  lowest: string | null;
  lateFrom: string | null;
}

export async function auditTimeWindow(
  index: Collection<AuditIndexDocument>,
  tenantId: string,
  from: string | undefined,
  to: string | undefined,
): Promise<AuditTimeWindow | null> {
  const lowest = from ? await firstReaching(index, tenantId, from) : null;
  if (from && lowest === null) return null;
  return { lowest, lateFrom: to ? await firstReaching(index, tenantId, to) : null };
}

async function firstReaching(index: Collection<AuditIndexDocument>, tenantId: string, time: string): Promise<string | null> {
  const page = await index.find({
    tenantId,
    where: [{ field: 'atMax', gte: time }],
    orderBy: [{ field: 'atMax', direction: 'asc' }, { field: 'sortPosition', direction: 'asc' }],
    first: 1,
    withTotalCount: false,
  });
  return page.documents[0]?.sortPosition ?? null;
}
