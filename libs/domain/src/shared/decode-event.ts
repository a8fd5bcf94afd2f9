import { AGENT_EVENT_TYPES } from '../agent/agent.events';
import { CONVERSATION_EVENT_TYPES } from '../conversation/conversation.events';
import { CONVERSATION_UPCASTERS } from '../conversation/conversation.upcasters';
import { QUEUE_EVENT_TYPES } from '../queue/queue.events';
import { TRANSFER_REASON_EVENT_TYPES } from '../transfer-reason/transfer-reason.events';
import { EventTypeOf } from './decider';
import { DomainEvent, DomainEventType, SCHEMA_VERSION } from './events';

/** An event as stored: its type, its data in the shape of its schemaVersion. */
export interface StoredEvent {
  type: string;
  data: Record<string, unknown>;
  metadata: { schemaVersion: number };
}

/** Turns an event's data of one schemaVersion into the next version's shape. */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/** By event type, then by the schemaVersion an upcaster reads: the upcaster to the next version. */
export type UpcasterRegistry = Partial<Record<DomainEventType, Readonly<Record<number, Upcaster>>>>;

export const UPCASTERS: UpcasterRegistry = { ...CONVERSATION_UPCASTERS };

const DOMAIN_EVENT_TYPES: ReadonlySet<string> = new Set([...CONVERSATION_EVENT_TYPES, ...AGENT_EVENT_TYPES, ...TRANSFER_REASON_EVENT_TYPES, ...QUEUE_EVENT_TYPES]);

const isDomainEventType = (type: string): type is DomainEventType => DOMAIN_EVENT_TYPES.has(type);

/**
 * The domain event a stored event is, in the current shape: its data goes through the upcasters from its
 * schemaVersion up to SCHEMA_VERSION. The one way stored events become domain events (projections and deciders).
 */
export function decodeEvent(stored: StoredEvent, upcasters: UpcasterRegistry = UPCASTERS): DomainEvent {
  const { type } = stored;
  if (!isDomainEventType(type)) throw new Error(`unknown event type ${type}`);
  let data = stored.data;
  for (let version = stored.metadata.schemaVersion; version < SCHEMA_VERSION; version++) {
    const upcast = upcasters[type]?.[version];
    if (upcast) data = upcast(data);
  }
  // The data is in the current shape of `type` now; stored events are written only from domain events.
  return { type, data } as DomainEvent;
}

/** Narrows a domain event (or a recorded one decoded) to one aggregate's, or one read model's, events by type. */
export function isEventOf<E extends DomainEvent, T extends DomainEvent = DomainEvent>(event: T, types: readonly EventTypeOf<E>[]): event is T & E {
  return (types as readonly string[]).includes(event.type);
}
