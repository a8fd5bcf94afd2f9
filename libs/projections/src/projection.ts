import { RecordedEvent } from '@handoff/event-store';
import { CollectionSpec, ReadDocument } from '@handoff/read-store';

/** What a projection sees of its collection while it applies one event: reads see its own earlier writes. */
export interface DocumentAccess {
  get(tenantId: string, id: string): Promise<ReadDocument | null>;
  put(document: ReadDocument): void;
  delete(tenantId: string, id: string): void;
}

/** A read model: its collection (same name) and how one event changes its documents. */
export interface Projection {
  readonly name: string;
  /** Bumped when the code changes what it builds: the projector then rebuilds it, blue/green, at start. */
  readonly version: number;
  readonly collection: CollectionSpec;
  readonly eventTypes: ReadonlySet<string>;
  apply(event: RecordedEvent, documents: DocumentAccess): Promise<void>;
}

export function tenantOf(event: RecordedEvent): string {
  return event.metadata.tenantId;
}

/** Wires a pure `evolve(document, event)` over one document whose id the event names; an unchanged document is not written. */
export function singleDocumentProjection<Doc extends ReadDocument>(definition: {
  name: string;
  version: number;
  collection: Omit<CollectionSpec, 'name'>;
  eventTypes: readonly string[];
  documentId: (event: RecordedEvent) => string;
  evolve: (document: Doc | null, event: RecordedEvent) => Doc | null;
}): Projection {
  return {
    name: definition.name,
    version: definition.version,
    collection: { name: definition.name, ...definition.collection },
    eventTypes: new Set(definition.eventTypes),
    async apply(event, documents) {
      const tenantId = tenantOf(event);
      const id = definition.documentId(event);
      const current = (await documents.get(tenantId, id)) as Doc | null;
      const next = definition.evolve(current, event);
      if (next && next !== current) documents.put(next);
    },
  };
}
