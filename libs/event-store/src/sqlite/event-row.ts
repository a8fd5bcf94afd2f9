import { EventMetadata, RecordedEvent } from '../event-store.port';

/** A row of the events table. */
export interface EventRow {
  position: number;
  event_id: string;
  stream: string;
  version: number;
  type: string;
  data: string;
  metadata: string;
}

/** Stands in for metadata that cannot be read; never read, since the event is marked unreadable. */
const NO_METADATA: EventMetadata = Object.freeze({
  tenantId: '', actor: Object.freeze({ id: '', role: 'ADMIN' as const }), occurredAt: '', commandId: '', correlationId: '', causationId: '', schemaVersion: 0,
});

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The event as the log delivers it to readers of all events: a row that cannot be decoded (corrupted, not JSON)
 * still comes, marked `unreadable`, so that a reader passes it by instead of stopping at it for ever.
 */
export function toDeliveredEvent(row: EventRow): RecordedEvent {
  const data = parseObject(row.data);
  const metadata = parseObject(row.metadata) as EventMetadata | null;
  const event: RecordedEvent = {
    eventId: row.event_id,
    stream: row.stream,
    streamVersion: row.version,
    type: row.type,
    data: data ?? {},
    metadata: metadata ?? NO_METADATA,
    position: BigInt(row.position),
  };
  if (!data || !metadata) {
    const what = !data && !metadata ? 'its data and metadata are not JSON objects' : `its ${data ? 'metadata' : 'data'} is not a JSON object`;
    event.unreadable = `the event at position ${row.position} cannot be read: ${what}`;
  }
  return event;
}

/** The event for a decision over its stream: an unreadable one stops it, nothing is decided on half a history. */
export function toRecorded(row: EventRow): RecordedEvent {
  const event = toDeliveredEvent(row);
  if (event.unreadable) throw new Error(`stream ${row.stream}: ${event.unreadable}`);
  return event;
}
