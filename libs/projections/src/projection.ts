import { decodeEvent, DomainEvent, EventTypeOf, isEventOf } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { CollectionDefinition, ReadDocument } from '@handoff/read-store';

/** A stored event decoded: where and when it was recorded, and the domain event it is, in the current shape. */
export type Decoded<E extends DomainEvent = DomainEvent> = Omit<RecordedEvent, 'type' | 'data'> & E;

/** Decodes an event as it enters a projection; one that cannot be read is refused here (and dead-lettered). */
export function decodeRecorded(event: RecordedEvent): Decoded {
  if (event.unreadable) throw new Error(event.unreadable);
  return { ...event, ...decodeEvent(event) };
}

/** What a projection sees of its collection while it applies one event: reads see its own earlier writes. */
export interface DocumentAccess<Doc extends ReadDocument = ReadDocument> {
  get(tenantId: string, id: string): Promise<Doc | null>;
  put(document: Doc): void;
  delete(tenantId: string, id: string): void;
}

/**
 * A read model's projection: its collection (same name) and how one event changes its documents. The projector
 * hands every projection the documents of its own collection, which only it writes, as `Doc` (a method's
 * parameters are bivariant, which is what lets projections of different documents be listed together).
 */
export interface Projection<Doc extends ReadDocument = ReadDocument> {
  readonly name: string;
  /** Bumped when the code changes what it builds: the projector then rebuilds it, blue/green, at start. */
  readonly version: number;
  readonly collection: CollectionDefinition<Doc>;
  readonly eventTypes: ReadonlySet<string>;
  /** True for a projection that handles unreadable events itself (the audit index); others never get them. */
  readonly takesUnreadable?: boolean;
  apply(event: RecordedEvent, documents: DocumentAccess<Doc>): Promise<void>;
}

export function tenantOf(event: Pick<RecordedEvent, 'metadata'>): string {
  return event.metadata.tenantId;
}

/** A projection whose `apply` gets the event decoded and narrowed to the types it subscribes to. */
export function decodingProjection<Doc extends ReadDocument, E extends DomainEvent>(definition: {
  collection: CollectionDefinition<Doc>;
  version: number;
  eventTypes: readonly EventTypeOf<E>[];
  apply: (event: Decoded<E>, documents: DocumentAccess<Doc>) => Promise<void>;
}): Projection<Doc> {
  const { collection, eventTypes } = definition;
  return {
    name: collection.name,
    version: definition.version,
    collection,
    eventTypes: new Set(eventTypes),
    async apply(event, documents) {
      const decoded = decodeRecorded(event);
      if (isEventOf<E, Decoded>(decoded, eventTypes)) await definition.apply(decoded, documents);
    },
  };
}

/** Wires a pure `evolve(document, event)` over one document whose id the event names; an unchanged document is not written. */
export function singleDocumentProjection<Doc extends ReadDocument, E extends DomainEvent>(definition: {
  collection: CollectionDefinition<Doc>;
  version: number;
  eventTypes: readonly EventTypeOf<E>[];
  documentId: (event: Decoded<E>) => string;
  evolve: (document: Doc | null, event: Decoded<E>) => Doc | null;
}): Projection<Doc> {
  return decodingProjection({
    ...definition,
    async apply(event, documents) {
      const current = await documents.get(tenantOf(event), definition.documentId(event));
      const next = definition.evolve(current, event);
      if (next && next !== current) documents.put(next);
    },
  });
}
