import { SqliteTables } from './sqlite-tables';

/** Each projection's write lease: who holds it and until when. */
export class SqliteLeases {
  constructor(private readonly tables: SqliteTables) {}

  /** True when `owner` holds (or now takes) the projection's write lease for ttlMs. */
  acquire(projection: string, owner: string, ttlMs: number): boolean {
    const take = this.tables.db.transaction(() => {
      const now = Date.now();
      const row = this.tables.statement('SELECT owner, expires_at FROM rm_leases WHERE projection = ?').get(projection) as
        | { owner: string; expires_at: number }
        | undefined;
      if (row && row.owner !== owner && row.expires_at > now) return false;
      this.tables.statement(
        'INSERT INTO rm_leases (projection, owner, expires_at) VALUES (?, ?, ?) ON CONFLICT(projection) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at',
      ).run(projection, owner, now + ttlMs);
      return true;
    });
    return take.immediate();
  }

  release(projection: string, owner: string): void {
    this.tables.statement('DELETE FROM rm_leases WHERE projection = ? AND owner = ?').run(projection, owner);
  }

  /** The lease's holder, for checks inside a write transaction; null when nobody holds it. */
  holder(projection: string): string | null {
    return (this.tables.statement('SELECT owner FROM rm_leases WHERE projection = ?').pluck().get(projection) as string | undefined) ?? null;
  }
}
