import { ReadDocument } from '@handoff/read-store';

/**
 * The latest event time the audit index has seen in a tenant's log, kept beside its rows (an `agent` of null and no
 * `atMax` match no query), so that a rebuild from position 0 computes every row's `atMax` and `lateAt` again.
 */
export interface AuditClock extends ReadDocument {
  agent: null;
  atMax: null;
  latestAt: string;
}

export const AUDIT_CLOCK_ID = 'clock';

/** The clock after an event whose rows' `atMax` is `atMax`: the same object when it did not move. */
export function nextClock(tenantId: string, clock: AuditClock | null, atMax: string): AuditClock {
  if (clock && clock.latestAt >= atMax) return clock;
  return { tenantId, id: AUDIT_CLOCK_ID, agent: null, atMax: null, latestAt: atMax };
}
