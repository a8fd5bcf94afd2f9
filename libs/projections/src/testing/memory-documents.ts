import { RecordedEvent } from '@handoff/event-store';
import { ReadDocument } from '@handoff/read-store';
import { DocumentAccess, Projection } from '../projection';

const key = (tenantId: string, id: string): string => `${tenantId}\u0000${id}`;

/**
 * A projection's collection in a Map. Documents are copied in and out, so a projection that changes a document
 * it read, instead of putting a new one, is caught.
 */
export class MemoryDocuments<Doc extends ReadDocument = ReadDocument> implements DocumentAccess<Doc> {
  private readonly documents = new Map<string, Doc>();

  async get(tenantId: string, id: string): Promise<Doc | null> {
    return this.find(tenantId, id);
  }

  put(document: Doc): void {
    this.documents.set(key(document.tenantId, document.id), structuredClone(document));
  }

  delete(tenantId: string, id: string): void {
    this.documents.delete(key(tenantId, id));
  }

  find<Found extends Doc = Doc>(tenantId: string, id: string): Found | null {
    const document = this.documents.get(key(tenantId, id));
    // Specs name the kind of document they look up in a collection of several kinds.
    return document ? (structuredClone(document) as Found) : null;
  }

  /** Every document, by tenant then id. */
  all(): Doc[] {
    return [...this.documents.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, document]) => structuredClone(document));
  }

  /** Every document as text: two collections are the same read model when their snapshots are equal. */
  snapshot(): string {
    return JSON.stringify(this.all());
  }
}

/** Applies the events the projection subscribes to, in order, as the projector would. */
export async function project<Doc extends ReadDocument>(
  projection: Projection<Doc>,
  events: readonly RecordedEvent[],
  documents: MemoryDocuments<Doc> = new MemoryDocuments<Doc>(),
): Promise<MemoryDocuments<Doc>> {
  for (const event of events) {
    if (projection.eventTypes.has(event.type)) await projection.apply(event, documents);
  }
  return documents;
}
