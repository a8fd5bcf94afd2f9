import { DeadLetter } from '../read-store.port';
import { SqliteTables } from './sqlite-tables';

/** Events a projection could not apply, by projection and position. */
export class SqliteDeadLetters {
  constructor(private readonly tables: SqliteTables) {}

  record(entry: DeadLetter): void {
    this.tables.statement(
      'INSERT OR REPLACE INTO rm_dead_letters (projection, position, event_id, event_type, error, failed_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(entry.projection, entry.position, entry.eventId, entry.eventType, entry.error, entry.failedAt);
  }

  list(projection?: string): DeadLetter[] {
    const rows = projection
      ? this.tables.all<Record<string, string>>('SELECT * FROM rm_dead_letters WHERE projection = ? ORDER BY position', projection)
      : this.tables.all<Record<string, string>>('SELECT * FROM rm_dead_letters ORDER BY projection, position');
    return rows.map((r) => ({
      projection: r.projection,
      position: r.position,
      eventId: r.event_id,
      eventType: r.event_type,
      error: r.error,
      failedAt: r.failed_at,
    }));
  }

  remove(projection: string, position: string): void {
    this.tables.statement('DELETE FROM rm_dead_letters WHERE projection = ? AND position = ?').run(projection, position);
  }
}
