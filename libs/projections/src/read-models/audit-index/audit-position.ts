/**
 * The audit index's sortable form of a log position: its decimal digits after their count (two digits), so that text
 * order is numeric order for any position up to 128 bits, in a few bytes for the positions of an embedded log
 * (every index of the audit index ends with it, and holds a row per event and agent).
 */
export function auditPosition(position: bigint): string {
  const digits = position.toString();
  return `${digits.length.toString().padStart(2, '0')}${digits}`;
}

/** The log position an auditPosition names. */
export function positionOfAudit(sortPosition: string): bigint {
  return BigInt(sortPosition.slice(2));
}
