import { Migration, SqliteDatabase } from '@handoff/event-store';
import type { Statement } from 'better-sqlite3';
import { CollectionSpec } from '../read-store.port';
import { collectionTable } from './sql-builder';

export const MIGRATIONS: readonly Migration[] = [
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

/**
 * What the parts of the SQLite read store share: the connection, its prepared statements, the collections'
 * specs and their generations' tables.
 */
export class SqliteTables {
  private readonly specs = new Map<string, CollectionSpec>();
  private readonly statements = new Map<string, Statement>();
  private readonly createdTables = new Set<string>();
  private readonly indexedTables = new Set<string>();

  constructor(readonly db: SqliteDatabase) {}

  register(spec: CollectionSpec): void {
    this.specs.set(spec.name, spec);
  }

  has(collection: string): boolean {
    return this.specs.has(collection);
  }

  spec(collection: string): CollectionSpec {
    const spec = this.specs.get(collection);
    if (!spec) throw new Error(`unknown collection ${collection}`);
    return spec;
  }

  statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all<T>(sql: string, ...params: unknown[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  /** After a swap dropped tables: statements prepared on them are not valid any more. */
  forgetStatements(): void {
    this.statements.clear();
  }

  /**
   * A generation being built is read only by id (the projector's loads), so its secondary indexes are made once,
   * when it is swapped in: far cheaper than keeping them up to date through every batch of a rebuild.
   */
  createTable(collection: string, generation: number, withIndexes: boolean): void {
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
}
