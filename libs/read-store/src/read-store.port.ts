/**
 * Read models: collections of JSON documents keyed by (tenantId, id). Each collection belongs to one projection
 * of the same name and lives in generations: queries read the active one, a rebuild fills a new one and swaps.
 */
export type FieldType = 'text' | 'integer' | 'real';

export interface CollectionSpec {
  name: string;
  /** Top-level document fields that are filtered or sorted on; the adapter indexes them, never scans JSON. */
  fields: Record<string, FieldType>;
  /** Composite indexes, each after the tenant: e.g. [['queueId', 'status', 'waitingSince']]. */
  indexes: string[][];
}

/**
 * A stored document as the store sees it: JSON keyed by (tenantId, id). Its other fields are its read model's
 * (see `collection`, which hands out documents typed by their read model); the adapters read the ones a
 * CollectionSpec names with `fieldOf`.
 */
export interface ReadDocument {
  tenantId: string;
  id: string;
}

/** A top-level field of a stored document, by the name a CollectionSpec gives it. */
export function fieldOf(document: ReadDocument, field: string): unknown {
  return Reflect.get(document, field);
}

/** A read model's collection: its spec, and (as a type only) the documents its projection stores in it. */
export interface CollectionDefinition<Doc extends ReadDocument> extends CollectionSpec {
  /** Never set: carries the document type from the definition to its typed handle. */
  readonly documentType?: Doc;
}

export type DocumentWrite =
  | { kind: 'put'; document: ReadDocument }
  | { kind: 'delete'; tenantId: string; id: string };

export type FieldValue = string | number | boolean | null;

export type Condition =
  | { field: string; eq: FieldValue }
  | { field: string; in: FieldValue[] }
  | { field: string; gte: FieldValue }
  | { field: string; lt: FieldValue }
  | { anyOf: Condition[] };

export interface SortKey {
  field: string;
  direction: 'asc' | 'desc';
}

export interface FindQuery {
  tenantId: string;
  where?: Condition[];
  /** The adapter appends `id` in the last key's direction, so the order is total and cursors are stable. */
  orderBy: SortKey[];
  first: number;
  /** An endCursor this store returned for the same orderBy. */
  after?: string;
  /** False skips counting every match (Page.totalCount is then -1): for reads that only want the first few. */
  withTotalCount?: boolean;
}

export interface Page<Doc extends ReadDocument = ReadDocument> {
  documents: Doc[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export interface Generation {
  projection: string;
  generation: number;
  /** The projection code's version that built it. */
  version: number;
  /** Decimal string of the last event position applied; '0' before any. */
  checkpoint: string;
  active: boolean;
}

export interface Commit {
  projection: string;
  generation: number;
  checkpoint: string;
  writes: DocumentWrite[];
  /** The lease holder; the commit fails unless it still holds the projection's lease. */
  owner: string;
}

/** One committed batch as seen by followers (subscriptions, read-your-writes), in commit order. */
export interface ChangeRecord {
  sequence: number;
  projection: string;
  checkpoint: string;
  /** Only for the active generation: what a subscriber would re-read. */
  changed: Array<{ tenantId: string; id: string }>;
}

export interface ReadStore {
  /** Creates what the collections need (tables, indexes) for every existing generation. */
  init(collections: readonly CollectionSpec[]): Promise<void>;

  get(collection: string, tenantId: string, id: string): Promise<ReadDocument | null>;
  getMany(collection: string, tenantId: string, ids: readonly string[]): Promise<ReadDocument[]>;
  find(collection: string, query: FindQuery): Promise<Page>;
  /** Every matching document of the tenant, in the given order (for small collections: agents, reasons, queues). */
  list(collection: string, tenantId: string, where?: Condition[], orderBy?: SortKey[]): Promise<ReadDocument[]>;

  generations(projection: string): Promise<Generation[]>;
  /** A new, empty, inactive generation; the first one of a projection starts active. */
  createGeneration(projection: string, version: number): Promise<Generation>;
  /**
   * Atomically makes `generation` the one queries read and drops the ones it replaces, fenced in the same
   * transaction: refused (nothing changes) unless `owner` holds the projection's lease, the generation exists and
   * its stored checkpoint is not behind the serving one's, so a stale projector never sends the read model back.
   */
  activateGeneration(projection: string, generation: number, owner: string): Promise<void>;
  /** Documents of a given generation, for the projector that writes it. */
  load(projection: string, generation: number, tenantId: string, ids: readonly string[]): Promise<ReadDocument[]>;
  /** Writes the batch and the checkpoint together: all or nothing. */
  commit(commit: Commit): Promise<void>;

  /** True when `owner` holds (or now takes) the projection's write lease for ttlMs. */
  acquireLease(projection: string, owner: string, ttlMs: number): Promise<boolean>;
  releaseLease(projection: string, owner: string): Promise<void>;

  changesAfter(sequence: number, limit: number): Promise<ChangeRecord[]>;
  /** Called after each commit made through this connection (followers in this process wake at once). */
  onCommit(listener: () => void): () => void;

  /** Dead letters: an event a projection could not apply. */
  recordDeadLetter(entry: DeadLetter): Promise<void>;
  deadLetters(projection?: string): Promise<DeadLetter[]>;
  removeDeadLetter(projection: string, position: string): Promise<void>;

  /** Throws when the store cannot be reached (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DeadLetter {
  projection: string;
  position: string;
  eventId: string;
  eventType: string;
  error: string;
  failedAt: string;
}

export const READ_STORE = Symbol('ReadStore');

/** Read models sort positions as text: zero-padded so that text order is numeric order (also for 128-bit ones). */
export function sortablePosition(position: bigint): string {
  return position.toString().padStart(40, '0');
}
