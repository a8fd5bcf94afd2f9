import { closeSqlite, DataKeyStore, migrate, Migration, openSqlite, SqliteDatabase, StoredDataKey } from '@handoff/event-store';
import type { Statement } from 'better-sqlite3';

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE data_keys (
        tenant_id TEXT NOT NULL, key_id TEXT NOT NULL, subject TEXT NOT NULL, wrapped BLOB, destroyed_at TEXT,
        PRIMARY KEY (tenant_id, key_id));
      CREATE UNIQUE INDEX data_keys_live ON data_keys (tenant_id, subject) WHERE wrapped IS NOT NULL;
      CREATE INDEX data_keys_subject ON data_keys (tenant_id, subject);
      CREATE TABLE data_key_links (
        tenant_id TEXT NOT NULL, conversation_id TEXT NOT NULL, subject TEXT NOT NULL,
        PRIMARY KEY (tenant_id, conversation_id));
      CREATE INDEX data_key_links_subject ON data_key_links (tenant_id, subject);`,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE data_key_erasures (id INTEGER PRIMARY KEY CHECK (id = 1), count INTEGER NOT NULL);
      INSERT INTO data_key_erasures (id, count) VALUES (1, 0);`,
  },
];

interface KeyRow {
  tenant_id: string;
  key_id: string;
  subject: string;
  wrapped: Buffer | null;
}

interface PendingLink {
  link: { tenantId: string; conversationId: string; subject: string; candidate: StoredDataKey };
  resolve: (live: StoredDataKey) => void;
  reject: (error: unknown) => void;
}

const toKey = (row: KeyRow): StoredDataKey => ({ keyId: row.key_id, subject: row.subject, wrapped: row.wrapped });

/**
 * Data keys in the read store's SQLite file, on a connection of their own with secure_delete, so a destroyed key's
 * bytes are overwritten rather than left in a free page; synchronous=FULL, because a key lost after its events were
 * committed would make them unreadable.
 */
export class SqliteDataKeyStore implements DataKeyStore {
  private readonly db: SqliteDatabase;
  private readonly pendingLinks: PendingLink[] = [];
  /** Read before every read that opens sealed fields: prepared once. */
  private readonly erasureCount: Statement;

  constructor(path: string) {
    this.db = openSqlite(path, 'FULL');
    this.db.pragma('secure_delete = ON');
    migrate(this.db, 'data-keys', MIGRATIONS);
    this.erasureCount = this.db.prepare('SELECT count FROM data_key_erasures WHERE id = 1').pluck();
  }

  async liveKey(tenantId: string, subject: string): Promise<StoredDataKey | null> {
    return this.live(tenantId, subject);
  }

  async keyById(tenantId: string, keyId: string): Promise<StoredDataKey | null> {
    const row = this.db.prepare('SELECT * FROM data_keys WHERE tenant_id = ? AND key_id = ?').get(tenantId, keyId) as KeyRow | undefined;
    return row ? toKey(row) : null;
  }

  /** Links arriving together share one durable commit (group commit), as appends to the log do. */
  linkConversation(tenantId: string, conversationId: string, subject: string, candidate: StoredDataKey): Promise<StoredDataKey> {
    return new Promise((resolve, reject) => {
      this.pendingLinks.push({ link: { tenantId, conversationId, subject, candidate }, resolve, reject });
      if (this.pendingLinks.length === 1) setImmediate(() => this.commitLinks());
    });
  }

  private commitLinks(): void {
    const group = this.pendingLinks.splice(0);
    try {
      const lives = this.db.transaction(() => group.map(({ link }) => this.link(link))).immediate();
      group.forEach((pending, index) => pending.resolve(lives[index]));
    } catch (error) {
      group.forEach((pending) => pending.reject(error));
    }
  }

  private link({ tenantId, conversationId, subject, candidate }: PendingLink['link']): StoredDataKey {
    this.db.prepare('INSERT OR IGNORE INTO data_key_links (tenant_id, conversation_id, subject) VALUES (?, ?, ?)').run(tenantId, conversationId, subject);
    this.db
      .prepare('INSERT OR IGNORE INTO data_keys (tenant_id, key_id, subject, wrapped) VALUES (?, ?, ?, ?)')
      .run(tenantId, candidate.keyId, subject, candidate.wrapped);
    const live = this.live(tenantId, subject);
    if (!live) throw new Error(`no live data key for ${subject}`);
    return live;
  }

  async subjectOf(tenantId: string, conversationId: string): Promise<string | null> {
    const row = this.db
      .prepare('SELECT subject FROM data_key_links WHERE tenant_id = ? AND conversation_id = ?')
      .get(tenantId, conversationId) as { subject: string } | undefined;
    return row?.subject ?? null;
  }

  async conversationsOf(tenantId: string, subject: string): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT conversation_id FROM data_key_links WHERE tenant_id = ? AND subject = ? ORDER BY conversation_id')
      .all(tenantId, subject) as Array<{ conversation_id: string }>;
    return rows.map((row) => row.conversation_id);
  }

  async destroy(tenantId: string, subject: string): Promise<number> {
    return this.db.transaction(() => {
      const result = this.db
        .prepare('UPDATE data_keys SET wrapped = NULL, destroyed_at = ? WHERE tenant_id = ? AND subject = ? AND wrapped IS NOT NULL')
        .run(new Date().toISOString(), tenantId, subject);
      if (result.changes > 0) this.db.prepare('UPDATE data_key_erasures SET count = count + 1 WHERE id = 1').run();
      return result.changes;
    }).immediate();
  }

  async erasures(): Promise<number> {
    return this.erasureCount.get() as number;
  }

  async anyLiveKey(): Promise<(StoredDataKey & { tenantId: string }) | null> {
    const row = this.db.prepare('SELECT * FROM data_keys WHERE wrapped IS NOT NULL LIMIT 1').get() as KeyRow | undefined;
    return row ? { ...toKey(row), tenantId: row.tenant_id } : null;
  }

  async close(): Promise<void> {
    closeSqlite(this.db);
  }

  private live(tenantId: string, subject: string): StoredDataKey | null {
    const row = this.db
      .prepare('SELECT * FROM data_keys WHERE tenant_id = ? AND subject = ? AND wrapped IS NOT NULL')
      .get(tenantId, subject) as KeyRow | undefined;
    return row ? toKey(row) : null;
  }
}
