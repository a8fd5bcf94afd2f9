import { ReadDocument } from '@handoff/read-store';

/**
 * The latest event time the audit index has seen in a tenant's log, and the position of the last event it applied,
 * kept beside its rows (an `agent` of null and no `atMax` match no query): a rebuild from position 0 computes every
 * row's `atMax` and `lateAt` again, and an event delivered again (at-least-once) is recognised and left as it was.
 */
export interface AuditClock extends ReadDocument {
  agent: null;
  atMax: null;
  latestAt: string;
  /** Decimal log position. */
  position: string;
}

export const AUDIT_CLOCK_ID = 'clock';

export function alreadyApplied(clock: AuditClock | null, position: bigint): boolean {
  return clock !== null && position <= BigInt(clock.position);
}

/** The clock after the event at `position` whose rows' `atMax` is `atMax`. */
export function nextClock(tenantId: string, clock: AuditClock | null, atMax: string, position: bigint): AuditClock {
  const latestAt = clock && clock.latestAt > atMax ? clock.latestAt : atMax;
  return { tenantId, id: AUDIT_CLOCK_ID, agent: null, atMax: null, latestAt, position: position.toString() };
}
