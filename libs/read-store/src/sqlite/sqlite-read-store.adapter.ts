import { closeSqlite, openSqlite, migrate, Migration, SqliteDatabase } from '@handoff/event-store';
import type { Statement } from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import { decodeCursor, encodeCursor } from '../cursor';
import {
  ChangeRecord,
  CollectionSpec,
  Commit,
  Condition,
  DeadLetter,
  FieldValue,
  fieldOf,
  FindQuery,
  Generation,
  Page,
  ReadDocument,
  ReadStore,
  SortKey,
} from '../read-store.port';
import { assertSwapAllowed } from '../swap-fence';
import { collectionTable, keysetClause, orderClause, toSqlValue, whereClause } from './sql-builder';

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE rm_generations (
        projection TEXT NOT NULL, generation INTEGER NOT NULL, version INTEGER NOT NULL,
        checkpoint TEXT NOT NULL, active INTEGER NOT NULL, PRIMARY KEY (projection, generation));
      CREATE TABLE rm_leases (projection TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL);
      CREATE TABLE rm_changes (
        sequence INTEGER PRIMARY KEY AUTOINCREMENT, projection TEXT NOT NULL, checkpoint TEXT NOT NULL,
        changed TEXT NOT NULL, committed_at INTEGER NOT NULL);
      CREATE TABLE rm_dead_letters (
        projection TEXT NOT NULL, position TEXT NOT NULL, event_id TEXT NOT NULL, event_type TEXT NOT NULL,
        error TEXT NOT NULL, failed_at TEXT NOT NULL, PRIMARY KEY (projection, position));`,
  },
  {
    // Pruning by age seeks instead of scanning a change log that grows with every commit.
    version: 2,
    sql: 'CREATE INDEX IF NOT EXISTS rm_changes_committed_at ON rm_changes (committed_at);',
  },
];

/** Change records older than this are pruned; followers further behind re-read what they show anyway. */
const CHANGE_RETENTION_MS = 10 * 60 * 1000;
/** Pruning at most this often is enough for a ten-minute retention and keeps it off most commits. */
const PRUNE_INTERVAL_MS = 1000;

/** A collection generation's prepared writes: built once per table, not once per commit. */
interface TableWrites {
  put: Statement;
  remove: Statement;
  columns: string[];
}

interface GenerationRow {
  projection: string;
  generation: number;
  version: number;
  checkpoint: string;
  active: number;
}

export class SqliteReadStore implements ReadStore {
  private readonly db: SqliteDatabase;
  private readonly specs = new Map<string, CollectionSpec>();
  private readonly statements = new Map<string, Statement>();
  private readonly commits = new EventEmitter();
  private readonly tableWrites = new Map<string, TableWrites>();
  private readonly writeCommit: (commit: Commit) => void;
  private readonly readTransaction: (read: () => unknown) => unknown;
  private lastPrune = 0;

  constructor(path: string) {
    this.db = openSqlite(path, 'NORMAL');
    migrate(this.db, 'read-store', MIGRATIONS);
    this.commits.setMaxListeners(0);
    const write = this.db.transaction((commit: Commit) => this.write(commit));
    this.writeCommit = (commit) => write.immediate(commit);
    this.readTransaction = this.db.transaction((read: () => unknown) => read());
  }

  async init(collections: readonly CollectionSpec[]): Promise<void> {
    for (const spec of collections) this.specs.set(spec.name, spec);
    for (const row of this.all<GenerationRow>('SELECT * FROM rm_generations')) {
      if (this.specs.has(row.projection)) this.createTable(row.projection, row.generation, row.active === 1);
    }
  }

  async get(collection: string, tenantId: string, id: string): Promise<ReadDocument | null> {
    return this.snapshot(() => {
      const table = this.activeTable(collection);
      if (!table) return null;
      const row = this.statement(`SELECT doc FROM ${table} WHERE tenant_id = ? AND id = ?`).get(tenantId, id) as
        | { doc: string }
        | undefined;
      return row ? (JSON.parse(row.doc) as ReadDocument) : null;
    });
  }

  async getMany(collection: string, tenantId: string, ids: readonly string[]): Promise<ReadDocument[]> {
    return this.snapshot(() => {
      const table = this.activeTable(collection);
      return table ? this.loadFrom(table, tenantId, ids) : [];
    });
  }

  async find(collection: string, query: FindQuery): Promise<Page> {
    const spec = this.spec(collection);
    const order = [...query.orderBy, { field: 'id', direction: query.orderBy.at(-1)?.direction ?? 'asc' } as SortKey];
    const filter = whereClause(spec, query.tenantId, query.where ?? []);
    const page = query.after
      ? keysetClause(spec, order, decodeCursor(query.after, order.length))
      : { sql: '', params: [] };
    return this.snapshot((): Page => {
      const table = this.activeTable(collection);
      if (!table) return { documents: [], hasNextPage: false, endCursor: null, totalCount: 0 };
      const sql = `SELECT doc FROM ${table} WHERE ${filter.sql}${page.sql ? ` AND ${page.sql}` : ''} ${orderClause(spec, order)} LIMIT ?`;
      const rows = this.statement(sql).all(...filter.params, ...page.params, query.first + 1) as Array<{ doc: string }>;
      const documents = rows.slice(0, query.first).map((row) => JSON.parse(row.doc) as ReadDocument);
      const last = documents.at(-1);
      const totalCount =
        query.withTotalCount === false
          ? -1
          : (this.statement(`SELECT count(*) FROM ${table} WHERE ${filter.sql}`).pluck().get(...filter.params) as number);
      return {
        documents,
        hasNextPage: rows.length > query.first,
        endCursor: last ? encodeCursor(order.map((key) => (fieldOf(last, key.field) ?? null) as FieldValue)) : null,
        totalCount,
      };
    });
  }

  async list(collection: string, tenantId: string, where: Condition[] = [], orderBy: SortKey[] = []): Promise<ReadDocument[]> {
    const spec = this.spec(collection);
    const filter = whereClause(spec, tenantId, where);
    const order = [...orderBy, { field: 'id', direction: 'asc' } as SortKey];
    return this.snapshot(() => {
      const table = this.activeTable(collection);
      if (!table) return [];
      const rows = this.statement(`SELECT doc FROM ${table} WHERE ${filter.sql} ${orderClause(spec, order)}`).all(
        ...filter.params,
      ) as Array<{ doc: string }>;
      return rows.map((row) => JSON.parse(row.doc) as ReadDocument);
    });
  }

  async generations(projection: string): Promise<Generation[]> {
    return this.all<GenerationRow>('SELECT * FROM rm_generations WHERE projection = ? ORDER BY generation', projection).map(
      toGeneration,
    );
  }

  async createGeneration(projection: string, version: number): Promise<Generation> {
    this.spec(projection);
    const create = this.db.transaction(() => {
      const last = this.statement('SELECT coalesce(max(generation), 0) FROM rm_generations WHERE projection = ?').pluck().get(projection) as number;
      const hasActive = this.statement('SELECT count(*) FROM rm_generations WHERE projection = ? AND active = 1').pluck().get(projection) as number;
      const generation = last + 1;
      this.createTable(projection, generation, !hasActive);
      this.statement('INSERT INTO rm_generations (projection, generation, version, checkpoint, active) VALUES (?, ?, ?, ?, ?)').run(
        projection, generation, version, '0', hasActive ? 0 : 1,
      );
      return { projection, generation, version, checkpoint: '0', active: !hasActive };
    });
    return create.immediate();
  }

  async activateGeneration(projection: string, generation: number, owner: string): Promise<void> {
    // Each index in its own statement, before the swap: the write lock is never held for all of them at once. Only
    // for a generation that is listed, so that a missing one is never created again.
    if (this.generationRow(projection, generation)) this.createTable(projection, generation, true);
    const swap = this.db.transaction(() => {
      const rows = this.all<GenerationRow>('SELECT * FROM rm_generations WHERE projection = ?', projection);
      const target = rows.find((row) => row.generation === generation);
      const serving = rows.find((row) => row.active === 1);
      assertSwapAllowed({
        projection, generation, owner,
        leaseOwner: (this.statement('SELECT owner FROM rm_leases WHERE projection = ?').pluck().get(projection) as string | undefined) ?? null,
        targetCheckpoint: target?.checkpoint ?? null,
        serving: serving ?? null,
      });
      for (const row of rows.filter((r) => r.generation !== generation)) {
        this.db.exec(`DROP TABLE IF EXISTS ${collectionTable(projection, row.generation)}`);
        this.statement('DELETE FROM rm_generations WHERE projection = ? AND generation = ?').run(projection, row.generation);
      }
      this.statement('UPDATE rm_generations SET active = 1 WHERE projection = ? AND generation = ?').run(projection, generation);
    });
    swap.immediate();
    this.statements.clear();
    this.tableWrites.clear();
  }

  async load(projection: string, generation: number, tenantId: string, ids: readonly string[]): Promise<ReadDocument[]> {
    return this.loadFrom(collectionTable(projection, generation), tenantId, ids);
  }

  async commit(commit: Commit): Promise<void> {
    this.writeCommit(commit);
    this.commits.emit('commit');
  }

  private write(commit: Commit): void {
    const { put, remove, columns } = this.writesOf(commit.projection, commit.generation);
    const lease = this.statement('SELECT owner FROM rm_leases WHERE projection = ?').pluck().get(commit.projection);
    if (lease !== commit.owner) throw new Error(`projection ${commit.projection} is leased by another projector`);
    const active = this.statement(
      'SELECT active FROM rm_generations WHERE projection = ? AND generation = ?',
    ).pluck().get(commit.projection, commit.generation) as number | undefined;
    if (active === undefined) throw new Error(`generation ${commit.generation} of ${commit.projection} does not exist`);
    for (const w of commit.writes) {
      if (w.kind === 'put') {
        const d = w.document;
        put.run(d.tenantId, d.id, JSON.stringify(d), ...columns.map((c) => toSqlValue(fieldOf(d, c))));
      } else {
        remove.run(w.tenantId, w.id);
      }
    }
    this.statement('UPDATE rm_generations SET checkpoint = ? WHERE projection = ? AND generation = ?').run(
      commit.checkpoint, commit.projection, commit.generation,
    );
    if (active) {
      const changed = commit.writes.map((w) => (w.kind === 'put' ? { tenantId: w.document.tenantId, id: w.document.id } : { tenantId: w.tenantId, id: w.id }));
      const now = Date.now();
      this.statement('INSERT INTO rm_changes (projection, checkpoint, changed, committed_at) VALUES (?, ?, ?, ?)').run(
        commit.projection, commit.checkpoint, JSON.stringify(changed), now,
      );
      if (now - this.lastPrune >= PRUNE_INTERVAL_MS) {
        this.statement('DELETE FROM rm_changes WHERE committed_at < ?').run(now - CHANGE_RETENTION_MS);
        this.lastPrune = now;
      }
    }
  }

  private writesOf(projection: string, generation: number): TableWrites {
    const table = collectionTable(projection, generation);
    let writes = this.tableWrites.get(table);
    if (!writes) {
      const columns = Object.keys(this.spec(projection).fields);
      writes = {
        // An upsert updates the row in place: a replace would delete it and insert it again in every index.
        put: this.db.prepare(
          `INSERT INTO ${table} (tenant_id, id, doc${columns.map((c) => `, "${c}"`).join('')}) VALUES (?, ?, ?${columns.map(() => ', ?').join('')})
           ON CONFLICT (tenant_id, id) DO UPDATE SET doc = excluded.doc${columns.map((c) => `, "${c}" = excluded."${c}"`).join('')}`,
        ),
        remove: this.db.prepare(`DELETE FROM ${table} WHERE tenant_id = ? AND id = ?`),
        columns,
      };
      this.tableWrites.set(table, writes);
    }
    return writes;
  }

  async acquireLease(projection: string, owner: string, ttlMs: number): Promise<boolean> {
    const take = this.db.transaction(() => {
      const now = Date.now();
      const row = this.statement('SELECT owner, expires_at FROM rm_leases WHERE projection = ?').get(projection) as
        | { owner: string; expires_at: number }
        | undefined;
      if (row && row.owner !== owner && row.expires_at > now) return false;
      this.statement(
        'INSERT INTO rm_leases (projection, owner, expires_at) VALUES (?, ?, ?) ON CONFLICT(projection) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at',
      ).run(projection, owner, now + ttlMs);
      return true;
    });
    return take.immediate();
  }

  async releaseLease(projection: string, owner: string): Promise<void> {
    this.statement('DELETE FROM rm_leases WHERE projection = ? AND owner = ?').run(projection, owner);
  }

  async changesAfter(sequence: number, limit: number): Promise<ChangeRecord[]> {
    const rows = this.all<{ sequence: number; projection: string; checkpoint: string; changed: string }>(
      'SELECT sequence, projection, checkpoint, changed FROM rm_changes WHERE sequence > ? ORDER BY sequence LIMIT ?',
      sequence,
      limit,
    );
    return rows.map((row) => ({ ...row, changed: JSON.parse(row.changed) }));
  }

  onCommit(listener: () => void): () => void {
    this.commits.on('commit', listener);
    return () => this.commits.off('commit', listener);
  }

  async recordDeadLetter(entry: DeadLetter): Promise<void> {
    this.statement(
      'INSERT OR REPLACE INTO rm_dead_letters (projection, position, event_id, event_type, error, failed_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(entry.projection, entry.position, entry.eventId, entry.eventType, entry.error, entry.failedAt);
  }

  async deadLetters(projection?: string): Promise<DeadLetter[]> {
    const rows = projection
      ? this.all<Record<string, string>>('SELECT * FROM rm_dead_letters WHERE projection = ? ORDER BY position', projection)
      : this.all<Record<string, string>>('SELECT * FROM rm_dead_letters ORDER BY projection, position');
    return rows.map((r) => ({
      projection: r.projection,
      position: r.position,
      eventId: r.event_id,
      eventType: r.event_type,
      error: r.error,
      failedAt: r.failed_at,
    }));
  }

  async removeDeadLetter(projection: string, position: string): Promise<void> {
    this.statement('DELETE FROM rm_dead_letters WHERE projection = ? AND position = ?').run(projection, position);
  }

  async ping(): Promise<void> {
    this.statement('SELECT 1').get();
  }

  async close(): Promise<void> {
    closeSqlite(this.db);
  }

  private spec(collection: string): CollectionSpec {
    const spec = this.specs.get(collection);
    if (!spec) throw new Error(`unknown collection ${collection}`);
    return spec;
  }

  /**
   * The serving generation's table. Called only inside a read transaction (`snapshot`): the lookup and the reads
   * that follow see one snapshot, so a swap committed by another process meanwhile cannot drop the table under them.
   */
  private activeTable(collection: string): string | null {
    this.spec(collection);
    const generation = this.statement('SELECT generation FROM rm_generations WHERE projection = ? AND active = 1')
      .pluck()
      .get(collection) as number | undefined;
    return generation === undefined ? null : collectionTable(collection, generation);
  }

  private generationRow(projection: string, generation: number): GenerationRow | undefined {
    return this.statement('SELECT * FROM rm_generations WHERE projection = ? AND generation = ?').get(projection, generation) as
      | GenerationRow
      | undefined;
  }

  private readonly createdTables = new Set<string>();
  private readonly indexedTables = new Set<string>();

  /**
   * A generation being built is read only by id (the projector's loads), so its secondary indexes are made once,
   * when it is swapped in: far cheaper than keeping them up to date through every batch of a rebuild.
   */
  private createTable(collection: string, generation: number, withIndexes: boolean): void {
    const table = collectionTable(collection, generation);
    const spec = this.spec(collection);
    if (!this.createdTables.has(table)) {
      const columns = Object.entries(spec.fields).map(([name, type]) => `, "${name}" ${type.toUpperCase()}`).join('');
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (tenant_id TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL${columns}, PRIMARY KEY (tenant_id, id))`);
      this.createdTables.add(table);
    }
    if (!withIndexes || this.indexedTables.has(table)) return;
    spec.indexes.forEach((fields, index) => {
      this.db.exec(`CREATE INDEX IF NOT EXISTS ${table}_i${index} ON ${table} (tenant_id, ${fields.map((f) => `"${f}"`).join(', ')})`);
    });
    this.indexedTables.add(table);
  }

  private loadFrom(table: string, tenantId: string, ids: readonly string[]): ReadDocument[] {
    const documents: ReadDocument[] = [];
    const get = this.statement(`SELECT doc FROM ${table} WHERE tenant_id = ? AND id = ?`);
    for (const id of ids) {
      const row = get.get(tenantId, id) as { doc: string } | undefined;
      if (row) documents.push(JSON.parse(row.doc));
    }
    return documents;
  }

  /** One read transaction (deferred, so a WAL snapshot): what it reads is one committed state of the file. */
  private snapshot<T>(read: () => T): T {
    return this.readTransaction(read) as T;
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private all<T>(sql: string, ...params: unknown[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }
}

function toGeneration(row: GenerationRow): Generation {
  return { ...row, active: row.active === 1 };
}


