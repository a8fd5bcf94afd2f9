import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BACKSTOP_AUTOCHECKPOINT_PAGES, DEFAULT_AUTOCHECKPOINT_PAGES, shareCheckpointer } from './wal-checkpointer';

export type SqliteDatabase = Database.Database;

export const DEFAULT_SQLITE_PATH = 'data/handoff.db';
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the file in WAL mode with synchronous=FULL set explicitly, because better-sqlite3 defaults to NORMAL
 * under WAL, which can lose the last commits on power loss. The read store may ask for NORMAL: its documents
 * and checkpoints are rebuilt from the log, and a lost commit loses its checkpoint with it. A file's WAL is
 * checkpointed from a worker thread (see wal-checkpointer.ts); close with closeSqlite.
 */
export function openSqlite(path: string, synchronous: 'FULL' | 'NORMAL' = 'FULL'): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (path !== ':memory:') {
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
    const release = shareCheckpointer(path, () => {
      if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
    });
    releases.set(db, release);
  }
  return db;
}

const releases = new WeakMap<SqliteDatabase, () => void>();

/** Closes a connection opened by openSqlite (and leaves the file's checkpointer to its other users). */
export function closeSqlite(db: SqliteDatabase): void {
  releases.get(db)?.();
  releases.delete(db);
  if (db.open) db.close();
}

export interface Migration {
  version: number;
  sql: string;
}

/** Applies the component's migrations above its recorded version, each in its own transaction. */
export function migrate(db: SqliteDatabase, component: string, migrations: readonly Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)');
  const apply = db.transaction((migration: Migration) => {
    const row = db.prepare('SELECT version FROM schema_versions WHERE component = ?').get(component) as
      | { version: number }
      | undefined;
    if ((row?.version ?? 0) >= migration.version) return;
    db.exec(migration.sql);
    db.prepare(
      'INSERT INTO schema_versions (component, version) VALUES (?, ?) ON CONFLICT(component) DO UPDATE SET version = excluded.version',
    ).run(component, migration.version);
  });
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) apply.immediate(migration);
}
