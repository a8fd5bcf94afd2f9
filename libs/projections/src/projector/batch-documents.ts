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
  ) {}

  async get(tenantId: string, id: string): Promise<ReadDocument | null> {
    const k = key(tenantId, id);
    if (this.staged.has(k)) return this.staged.get(k) ?? null;
    if (this.committed.has(k)) return this.committed.get(k) ?? null;
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
