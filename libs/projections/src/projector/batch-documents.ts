import { DocumentWrite, ReadDocument, ReadStore } from '@handoff/read-store';
import { DocumentAccess } from '../projection';

/** The read store failed to load a document: the batch is retried, the event is not the projection's fault. */
export class DocumentLoadError extends Error {
  constructor(override readonly cause: unknown) {
    super(`could not load a document: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

const key = (tenantId: string, id: string): string => `${tenantId}\u0000${id}`;

/**
 * The documents a projector's recent batches of one generation loaded or committed, kept across batches: a
 * conversation's events span several batches, and each reload is a read-store round trip. Only the generation's
 * writer keeps one, and a new one starts whenever the projector (re)loads the generation from the store.
 */
export class RecentDocuments {
  private readonly documents = new Map<string, ReadDocument | null>();

  constructor(private readonly capacity: number) {}

  get(k: string): ReadDocument | null | undefined {
    return this.documents.get(k);
  }

  /** After a commit: what the batch read or wrote is the generation's state now. */
  remember(batch: ReadonlyMap<string, ReadDocument | null>): void {
    for (const [k, document] of batch) {
      this.documents.delete(k);
      this.documents.set(k, document);
    }
    for (const k of this.documents.keys()) {
      if (this.documents.size <= this.capacity) break;
      this.documents.delete(k);
    }
  }
}

/**
 * The documents one batch reads and writes for one projection generation. Each event's writes are staged
 * and kept only if the event applies cleanly, so a poison event leaves no trace in the batch.
 */
export class BatchDocuments implements DocumentAccess {
  private readonly committed = new Map<string, ReadDocument | null>();
  private staged = new Map<string, ReadDocument | null>();

  constructor(
    private readonly readStore: ReadStore,
    private readonly projection: string,
    private readonly generation: number,
    private readonly recent?: RecentDocuments,
  ) {}

  async get(tenantId: string, id: string): Promise<ReadDocument | null> {
    const k = key(tenantId, id);
    if (this.staged.has(k)) return this.staged.get(k) ?? null;
    if (this.committed.has(k)) return this.committed.get(k) ?? null;
    const remembered = this.recent?.get(k);
    if (remembered !== undefined) {
      this.committed.set(k, remembered);
      return remembered;
    }
    let loaded: ReadDocument | undefined;
    try {
      [loaded] = await this.readStore.load(this.projection, this.generation, tenantId, [id]);
    } catch (error) {
      throw new DocumentLoadError(error);
    }
    this.committed.set(k, loaded ?? null);
    return loaded ?? null;
  }

  put(document: ReadDocument): void {
    this.staged.set(key(document.tenantId, document.id), document);
  }

  delete(tenantId: string, id: string): void {
    this.staged.set(key(tenantId, id), null);
  }

  keepEvent(): void {
    for (const [k, document] of this.staged) {
      this.committed.set(k, document);
      this.written.add(k);
    }
    this.staged = new Map();
  }

  discardEvent(): void {
    this.staged = new Map();
  }

  /** Every document the batch loaded or kept (null: absent), by key: to remember once committed. */
  get state(): ReadonlyMap<string, ReadDocument | null> {
    return this.committed;
  }

  writes(): DocumentWrite[] {
    return [...this.written].map((k) => {
      const document = this.committed.get(k);
      if (document) return { kind: 'put', document };
      const [tenantId, id] = k.split('\u0000');
      return { kind: 'delete', tenantId, id };
    });
  }

  private readonly written = new Set<string>();
}
