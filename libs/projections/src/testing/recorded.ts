import {
  agentStream,
  conversationStream,
  CONVERSATION_EVENT_TYPES,
  DomainEvent,
  DomainEventType,
  Role,
  queueStream,
  QUEUE_EVENT_TYPES,
  SCHEMA_VERSION,
  transferReasonStream,
} from '@handoff/domain';
import { eventIdFor, NewEvent, RecordedEvent } from '@handoff/event-store';

export type EventData<T extends DomainEventType> = Extract<DomainEvent, { type: T }>['data'];

export interface RecordedOptions {
  /** occurredAt, ISO 8601. */
  at?: string;
  position?: bigint | number;
  streamVersion?: number;
  actor?: { id: string; role: Role };
  tenantId?: string;
  eventId?: string;
}

const DEFAULT_AT = '2026-03-02T10:00:00.000Z';
const DEFAULT_ACTOR = { id: 'sup-1', role: 'SUPERVISOR' as Role };
const DEFAULT_TENANT = 'acme';

/** The stream an event of this type and data is stored in, as the command side names it. */
export function streamOf(tenantId: string, type: DomainEventType, data: Record<string, unknown>): string {
  if ((CONVERSATION_EVENT_TYPES as readonly string[]).includes(type)) return conversationStream(tenantId, String(data.conversationId));
  if ((QUEUE_EVENT_TYPES as readonly string[]).includes(type)) return queueStream(tenantId, String(data.queueId));
  if (type.startsWith('Agent')) return agentStream(tenantId, String(data.agentId));
  return transferReasonStream(tenantId, String(data.reasonId));
}

/** One stored event, as the event store would hand it to a projection. */
export function recorded<T extends DomainEventType>(type: T, data: EventData<T>, options: RecordedOptions = {}): RecordedEvent {
  const tenantId = options.tenantId ?? DEFAULT_TENANT;
  const position = BigInt(options.position ?? 1);
  const commandId = `cmd-${position}`;
  const stream = streamOf(tenantId, type, data);
  return {
    eventId: options.eventId ?? eventIdFor({ tenantId, stream, commandId }, 0),
    type,
    data,
    metadata: {
      tenantId,
      actor: options.actor ?? DEFAULT_ACTOR,
      occurredAt: options.at ?? DEFAULT_AT,
      commandId,
      correlationId: commandId,
      causationId: commandId,
      schemaVersion: SCHEMA_VERSION,
    },
    stream,
    streamVersion: options.streamVersion ?? 1,
    position,
  };
}

/**
 * A log in the making: each event gets the next global position and the next version of its stream, so a test
 * writes only what matters to it (type, data, time, actor).
 */
export class EventLog {
  readonly events: RecordedEvent[] = [];
  private readonly versions = new Map<string, number>();

  constructor(private readonly defaults: Pick<RecordedOptions, 'tenantId' | 'actor'> = {}) {}

  add<T extends DomainEventType>(type: T, data: EventData<T>, options: Pick<RecordedOptions, 'at' | 'actor' | 'tenantId'> = {}): RecordedEvent {
    const tenantId = options.tenantId ?? this.defaults.tenantId ?? DEFAULT_TENANT;
    const stream = streamOf(tenantId, type, data);
    const streamVersion = (this.versions.get(stream) ?? 0) + 1;
    this.versions.set(stream, streamVersion);
    const event = recorded(type, data, {
      actor: this.defaults.actor,
      ...options,
      tenantId,
      position: this.events.length + 1,
      streamVersion,
    });
    this.events.push(event);
    return event;
  }
}

/** `utc('10:59:59')` → '2026-03-02T10:59:59.000Z': times in specs read as times of one day. */
export function utc(time: string, day = '2026-03-02'): string {
  return new Date(`${day}T${time}Z`).toISOString();
}

/** The event as it is appended, without where the store put it. */
export function toNewEvent({ eventId, type, data, metadata }: RecordedEvent): NewEvent {
  return { eventId, type, data, metadata };
}
