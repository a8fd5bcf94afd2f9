import { closeSqlite, migrate, openSqlite } from '@handoff/event-store';
import { EventEmitter } from 'node:events';
import {
  ChangeRecord, CollectionSpec, Commit, Condition, DeadLetter, FindQuery, Generation, Page, ReadDocument, ReadStore, SortKey,
} from '../read-store.port';
import { SqliteChangeLog } from './sqlite-change-log';
import { SqliteCommits } from './sqlite-commits';
import { SqliteDeadLetters } from './sqlite-dead-letters';
import { SqliteGenerations } from './sqlite-generations';
import { SqliteLeases } from './sqlite-leases';
import { SqliteQueries } from './sqlite-queries';
import { MIGRATIONS, SqliteTables } from './sqlite-tables';

/** The read store in a SQLite file: one table per collection generation, its parts one file per concern. */
export class SqliteReadStore implements ReadStore {
  private readonly tables: SqliteTables;
  private readonly queries: SqliteQueries;
  private readonly generationsOf: SqliteGenerations;
  private readonly leases: SqliteLeases;
  private readonly changes: SqliteChangeLog;
  private readonly commits: SqliteCommits;
  private readonly letters: SqliteDeadLetters;
  private readonly committed = new EventEmitter();

  constructor(path: string) {
    const db = openSqlite(path, 'NORMAL');
    // Read models hold contact names and notes until forgetContact: what they free is overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    migrate(db, 'read-store', MIGRATIONS);
    this.committed.setMaxListeners(0);
    this.tables = new SqliteTables(db);
    this.queries = new SqliteQueries(this.tables);
    this.leases = new SqliteLeases(this.tables);
    this.generationsOf = new SqliteGenerations(this.tables, this.leases);
    this.changes = new SqliteChangeLog(this.tables);
    this.commits = new SqliteCommits(this.tables, this.generationsOf, this.leases, this.changes);
    this.letters = new SqliteDeadLetters(this.tables);
  }

  async init(collections: readonly CollectionSpec[]): Promise<void> {
    for (const spec of collections) this.tables.register(spec);
    for (const row of this.generationsOf.rows()) {
      if (this.tables.has(row.projection)) this.tables.createTable(row.projection, row.generation, row.active === 1);
    }
  }

  async get(collection: string, tenantId: string, id: string): Promise<ReadDocument | null> {
    return this.queries.get(collection, tenantId, id);
  }

  async getMany(collection: string, tenantId: string, ids: readonly string[]): Promise<ReadDocument[]> {
    return this.queries.getMany(collection, tenantId, ids);
  }

  async find(collection: string, query: FindQuery): Promise<Page> {
    return this.queries.find(collection, query);
  }

  async list(collection: string, tenantId: string, where: Condition[] = [], orderBy: SortKey[] = []): Promise<ReadDocument[]> {
    return this.queries.list(collection, tenantId, where, orderBy);
  }

  async generations(projection: string): Promise<Generation[]> {
    return this.generationsOf.list(projection);
  }

  async createGeneration(projection: string, version: number): Promise<Generation> {
    return this.generationsOf.create(projection, version);
  }

  async activateGeneration(projection: string, generation: number, owner: string): Promise<void> {
    this.generationsOf.activate(projection, generation, owner);
    this.tables.forgetStatements();
    this.commits.forgetTableWrites();
  }

  async load(projection: string, generation: number, tenantId: string, ids: readonly string[]): Promise<ReadDocument[]> {
    return this.queries.load(projection, generation, tenantId, ids);
  }

  async commit(commit: Commit): Promise<void> {
    this.commits.commit(commit);
    this.committed.emit('commit');
  }

  async acquireLease(projection: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.leases.acquire(projection, owner, ttlMs);
  }

  async releaseLease(projection: string, owner: string): Promise<void> {
    this.leases.release(projection, owner);
  }

  async changesAfter(sequence: number, limit: number): Promise<ChangeRecord[]> {
    return this.changes.after(sequence, limit);
  }

  onCommit(listener: () => void): () => void {
    this.committed.on('commit', listener);
    return () => this.committed.off('commit', listener);
  }

  async recordDeadLetter(entry: DeadLetter): Promise<void> {
    this.letters.record(entry);
  }

  async deadLetters(projection?: string): Promise<DeadLetter[]> {
    return this.letters.list(projection);
  }

  async removeDeadLetter(projection: string, position: string): Promise<void> {
    this.letters.remove(projection, position);
  }

  async ping(): Promise<void> {
    this.tables.statement('SELECT 1').get();
  }

  async close(): Promise<void> {
    closeSqlite(this.tables.db);
  }
}
