import { AllStreamResolvedEvent, EventData, jsonEvent, ResolvedEvent } from '@kurrent/kurrentdb-client';
import { ROLES } from '@handoff/domain';
import { EventMetadata, NewEvent, RecordedEvent } from '../event-store.port';
import { encodePosition, knownPosition } from './position';
import { versionAt } from './expected-revision';

/** Our event id is the EventStoreDB event id; data and metadata travel as JSON. */
export function toEventData(event: NewEvent): EventData {
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata: event.metadata });
}

/**
 * A multi-stream append (KurrentDB 25.1+) takes metadata only as string properties, from which the server makes the
 * event's JSON metadata: ours travels as one property holding its JSON, unwrapped again on reading.
 */
export const METADATA_PROPERTY = 'handoff-metadata';

export function toPropertyEventData(event: NewEvent): EventData {
  const metadata = { [METADATA_PROPERTY]: JSON.stringify(event.metadata) };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata });
}

function unwrapMetadata(metadata: unknown): unknown {
  if (!isPlainObject(metadata) || typeof metadata[METADATA_PROPERTY] !== 'string') return metadata;
  try {
    return JSON.parse(metadata[METADATA_PROPERTY]);
  } catch {
    return metadata;
  }
}

export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (!event) throw new UnreadableEvent('a link to a deleted event', 'unknown');
  const where = `${event.streamId}@${event.revision}`;
  if (!event.isJson) throw new UnreadableEvent('not JSON', where);
  if (!isPlainObject(event.data)) throw new UnreadableEvent('data is not a JSON object', where);
  const metadata = unwrapMetadata(event.metadata);
  if (!isEventMetadata(metadata)) throw new UnreadableEvent('metadata is not handoff event metadata', where);
  const position = knownPosition(event.position);
  if (!position) {
    throw new UnreadableEvent('the server reported no $all position (EventStoreDB 22.6+ is required)', where);
  }
  return {
    eventId: event.id,
    type: event.type,
    data: event.data,
    metadata,
    stream: event.streamId,
    streamVersion: versionAt(event.revision),
    position: encodePosition(position),
  };
}

export class UnreadableEvent extends Error {
  constructor(reason: string, where: string) {
    super(`cannot read EventStoreDB event ${where}: ${reason}`);
    this.name = 'UnreadableEvent';
  }
}

export function isEventMetadata(value: unknown): value is EventMetadata {
  if (!isPlainObject(value)) return false;
  const { actor } = value;
  return (
    ['tenantId', 'occurredAt', 'commandId', 'correlationId', 'causationId'].every(
      (key) => typeof value[key] === 'string',
    ) &&
    typeof value.schemaVersion === 'number' &&
    (value.commandHash === undefined || typeof value.commandHash === 'string') &&
    isPlainObject(actor) &&
    typeof actor.id === 'string' &&
    (ROLES as readonly unknown[]).includes(actor.role)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
