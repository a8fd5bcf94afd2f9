import { ClientSession, Collection, Db, MongoClient, TransactionOptions, WriteConcern } from 'mongodb';
import { EventEmitter } from 'node:events';
import {
  ChangeRecord,
  CollectionSpec,
  Commit,
  Condition,
  DeadLetter,
  FindQuery,
  Generation,
  Page,
  ReadDocument,
  ReadStore,
  SortKey,
} from '../read-store.port';
import { DOCUMENT_PROJECTION, fromStoredDocument, StoredDocument } from './mongo-document';
import { activeGeneration, commitInTransaction, CommitTarget } from './mongo-commit';
import { DUPLICATE_KEY, hasErrorCode } from './mongo-errors';
import { activateGeneration, createGeneration, GenerationStore, listGenerations } from './mongo-generations';
import { indexDescriptions } from './mongo-indexes';
import { ensureMetadata, Metadata, metadata } from './mongo-metadata';
import { collectionName, databaseNameOf, deadLetterKey, documentKey, positionKey } from './mongo-naming';
import { cursorAfter, listOrder, pageFilters, sortSpec, whereFilter } from './mongo-query';
import { requireTransactions } from './mongo-topology';

const TRANSACTION: TransactionOptions = { readConcern: { level: 'snapshot' }, writeConcern: new WriteConcern('majority') };

/** How often a read starts again when a swap replaced the generation it was reading. */
const READ_ATTEMPTS = 5;

/**
 * The read store on MongoDB: each commit (documents, checkpoint, lease check, change record) is one multi-document
 * transaction, so it needs a replica set (a single node is enough) or a sharded cluster; a standalone server is
 * refused at connect.
 */

export class MongoReadStore implements ReadStore {
  private readonly specs = new Map<string, CollectionSpec>();
  private readonly commits = new EventEmitter();
  private readonly meta: Metadata;
  private readonly store: GenerationStore & CommitTarget;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
  ) {
    this.meta = metadata(db);
    this.store = {
      db,
      meta: this.meta,
      documents: (projection, generation) => this.documents(projection, generation),
      atomically: (work) => this.inTransaction(work),
    };
    this.commits.setMaxListeners(0);
  }

  /** Connects to the database named by `dbName`, else by the URL's path, else `handoff`; refuses a standalone server. */
  static async connect(url: string, dbName?: string): Promise<MongoReadStore> {
    const client = await MongoClient.connect(url);
    try {
      const db = client.db(dbName ?? databaseNameOf(url));
      requireTransactions(await db.admin().command({ hello: 1 }));
      const store = new MongoReadStore(client, db);
      await ensureMetadata(db, store.meta);
      return store;
    } catch (error) {
      await client.close();
      throw error;
    }
  }

  async init(collections: readonly CollectionSpec[]): Promise<void> {
    for (const spec of collections) {
      indexDescriptions(spec);
      this.specs.set(spec.name, spec);
    }
    for (const row of await this.meta.generations.find({ projection: { $in: [...this.specs.keys()] } }).toArray()) {
      await this.ensureIndexes(row.projection, row.generation);
    }
  }

  async get(collection: string, tenantId: string, id: string): Promise<ReadDocument | null> {
    return this.readActive(collection, null, async (documents) => {
      const stored = await documents.findOne({ _id: documentKey(tenantId, id) }, { projection: DOCUMENT_PROJECTION });
      return stored ? fromStoredDocument(stored) : null;
    });
  }

  async getMany(collection: string, tenantId: string, ids: readonly string[]): Promise<ReadDocument[]> {
    return this.readActive(collection, [], (documents) => this.loadFrom(documents, tenantId, ids));
  }

  async find(collection: string, query: FindQuery): Promise<Page> {
    const filters = pageFilters(this.spec(collection), query);
    const empty: Page = { documents: [], hasNextPage: false, endCursor: null, totalCount: 0 };
    return this.readActive(collection, empty, async (documents) => {
      const rows = await documents
        .find(filters.page, { projection: DOCUMENT_PROJECTION, sort: filters.sort, limit: query.first + 1 })
        .toArray();
      const page = rows.slice(0, query.first).map(fromStoredDocument);
      const last = page.at(-1);
      return {
        documents: page,
        hasNextPage: rows.length > query.first,
        endCursor: last ? cursorAfter(filters.order, last) : null,
        totalCount: skipsCount(query) ? -1 : await documents.countDocuments(filters.matching),
      };
    });
  }

  async list(collection: string, tenantId: string, where: Condition[] = [], orderBy: SortKey[] = []): Promise<ReadDocument[]> {
    const spec = this.spec(collection);
    const filter = whereFilter(spec, tenantId, where);
    const sort = sortSpec(spec, listOrder(orderBy));
    return this.readActive(collection, [], async (documents) =>
      (await documents.find(filter, { projection: DOCUMENT_PROJECTION, sort }).toArray()).map(fromStoredDocument),
    );
  }

  async generations(projection: string): Promise<Generation[]> {
    return listGenerations(this.store, projection);
  }

  async createGeneration(projection: string, version: number): Promise<Generation> {
    return createGeneration(this.store, projection, version, indexDescriptions(this.spec(projection)));
  }

  async activateGeneration(projection: string, generation: number, owner: string): Promise<void> {
    await activateGeneration(this.store, projection, generation, owner);
  }

  async load(projection: string, generation: number, tenantId: string, ids: readonly string[]): Promise<ReadDocument[]> {
    return this.loadFrom(this.documents(projection, generation), tenantId, ids);
  }

  async commit(commit: Commit): Promise<void> {
    const spec = this.spec(commit.projection);
    await this.inTransaction((session) => commitInTransaction(this.store, spec, commit, session));
    this.commits.emit('commit');
  }

  async acquireLease(projection: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    try {
      // Held by another owner and not expired: the filter misses, the upsert collides with the lease's key.
      await this.meta.leases.updateOne(
        { _id: projection, $or: [{ owner }, { expiresAt: { $lte: now } }] },
        { $set: { owner, expiresAt: now + ttlMs } },
        { upsert: true },
      );
      return true;
    } catch (error) {
      if (hasErrorCode(error, DUPLICATE_KEY)) return false;
      throw error;
    }
  }

  async releaseLease(projection: string, owner: string): Promise<void> {
    await this.meta.leases.deleteOne({ _id: projection, owner });
  }

  async changesAfter(sequence: number, limit: number): Promise<ChangeRecord[]> {
    if (limit <= 0) return [];
    const rows = await this.meta.changes.find({ _id: { $gt: sequence } }, { sort: { _id: 1 }, limit }).toArray();
    return rows.map((row) => ({ sequence: row._id, projection: row.projection, checkpoint: row.checkpoint, changed: row.changed }));
  }

  onCommit(listener: () => void): () => void {
    this.commits.on('commit', listener);
    return () => this.commits.off('commit', listener);
  }

  async recordDeadLetter(entry: DeadLetter): Promise<void> {
    const _id = deadLetterKey(entry.projection, entry.position);
    await this.meta.deadLetters.replaceOne({ _id }, { ...entry, positionKey: positionKey(entry.position) }, { upsert: true });
  }

  async deadLetters(projection?: string): Promise<DeadLetter[]> {
    const rows = await this.meta.deadLetters
      .find(projection === undefined ? {} : { projection }, { sort: { projection: 1, positionKey: 1 } })
      .toArray();
    return rows.map(({ projection, position, eventId, eventType, error, failedAt }) => ({
      projection, position, eventId, eventType, error, failedAt,
    }));
  }

  async removeDeadLetter(projection: string, position: string): Promise<void> {
    await this.meta.deadLetters.deleteOne({ _id: deadLetterKey(projection, position) });
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async inTransaction<T>(work: (session: ClientSession) => Promise<T>): Promise<T> {
    return this.client.withSession((session) => session.withTransaction(() => work(session), TRANSACTION));
  }

  private spec(collection: string): CollectionSpec {
    const spec = this.specs.get(collection);
    if (!spec) throw new Error(`unknown collection ${collection}`);
    return spec;
  }

  /**
   * Reads the serving generation. A swap moves the pointer first and drops the old collection after, and a dropped
   * collection reads as empty: so when the pointer moved while `read` ran, it reads again from the new generation.
   * The pointer never comes back to a generation, so an unmoved pointer means the collection was there throughout.
   */
  private async readActive<T>(collection: string, none: T, read: (documents: Collection<StoredDocument>) => Promise<T>): Promise<T> {
    this.spec(collection);
    let generation = await activeGeneration(this.meta, collection);
    for (let attempt = 1; generation !== null; attempt++) {
      const result = await read(this.documents(collection, generation));
      const after = await activeGeneration(this.meta, collection);
      if (after === generation || attempt === READ_ATTEMPTS) return result;
      generation = after;
    }
    return none;
  }

  private documents(projection: string, generation: number): Collection<StoredDocument> {
    return this.db.collection<StoredDocument>(collectionName(projection, generation));
  }

  private async ensureIndexes(projection: string, generation: number): Promise<void> {
    await this.documents(projection, generation).createIndexes(indexDescriptions(this.spec(projection)));
  }

  private async loadFrom(documents: Collection<StoredDocument>, tenantId: string, ids: readonly string[]): Promise<ReadDocument[]> {
    if (ids.length === 0) return [];
    const keys = [...new Set(ids)].map((id) => documentKey(tenantId, id));
    const found = new Map<string, ReadDocument>();
    for (const stored of await documents.find({ _id: { $in: keys } }, { projection: DOCUMENT_PROJECTION }).toArray()) {
      const document = fromStoredDocument(stored);
      found.set(document.id, document);
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }
}

/** `withTotalCount: false` (a port option being added beside this adapter) skips counting; read so it compiles either way. */
function skipsCount(query: FindQuery): boolean {
  return (query as FindQuery & { withTotalCount?: boolean }).withTotalCount === false;
}
