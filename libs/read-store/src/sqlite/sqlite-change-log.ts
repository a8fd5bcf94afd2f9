import { ChangeRecord } from '../read-store.port';
import { SqliteTables } from './sqlite-tables';

/** Change records older than this are pruned; followers further behind re-read what they show anyway. */
const CHANGE_RETENTION_MS = 10 * 60 * 1000;
/** Pruning at most this often is enough for a ten-minute retention and keeps it off most commits. */
const PRUNE_INTERVAL_MS = 1000;

/** The committed batches of active generations, in commit order, for followers (subscriptions, read-your-writes). */
export class SqliteChangeLog {
  private lastPrune = 0;

  constructor(private readonly tables: SqliteTables) {}

  /** Inside the commit's transaction. */
  append(projection: string, checkpoint: string, changed: ChangeRecord['changed']): void {
    const now = Date.now();
    this.tables.statement('INSERT INTO rm_changes (projection, checkpoint, changed, committed_at) VALUES (?, ?, ?, ?)').run(
      projection, checkpoint, JSON.stringify(changed), now,
    );
    if (now - this.lastPrune >= PRUNE_INTERVAL_MS) {
      this.tables.statement('DELETE FROM rm_changes WHERE committed_at < ?').run(now - CHANGE_RETENTION_MS);
      this.lastPrune = now;
    }
  }

  after(sequence: number, limit: number): ChangeRecord[] {
    const rows = this.tables.all<{ sequence: number; projection: string; checkpoint: string; changed: string }>(
      'SELECT sequence, projection, checkpoint, changed FROM rm_changes WHERE sequence > ? ORDER BY sequence LIMIT ?',
      sequence,
      limit,
    );
    return rows.map((row) => ({ ...row, changed: JSON.parse(row.changed) }));
  }
}
