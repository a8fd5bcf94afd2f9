import Database from 'better-sqlite3';

/** Reads what the processes under test wrote to their shared SQLite file, read-only, as an auditor would. */
export class SqliteInspection {
  constructor(private readonly path: string) {}

  private query<T>(sql: string, ...params: unknown[]): T[] {
    const db = new Database(this.path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }

  /** Ids of the conversations the log says were opened. */
  openedConversations(): string[] {
    return this.query<{ data: string }>(`SELECT data FROM events WHERE type = 'ConversationOpened' ORDER BY position`)
      .map((row) => (JSON.parse(row.data) as { conversationId: string }).conversationId);
  }

  /** The process id in the lease owner of a projection (owners are host:pid:random). */
  leaseHolderPid(projection: string): number | null {
    const [row] = this.query<{ owner: string }>('SELECT owner FROM rm_leases WHERE projection = ? AND expires_at > ?', projection, Date.now());
    return row ? Number(row.owner.split(':').at(-2)) : null;
  }

  /**
   * Commits whose checkpoint does not move past the projection's previous commit: an event range projected twice.
   * (A rebuild's swap repeats its checkpoint with no documents; none happens in these tests. Process managers,
   * `pm_*`, commit fired timers and sent commands at their checkpoint: not projections, not counted.)
   */
  repeatedCommits(): Array<{ projection: string; sequence: number; checkpoint: string }> {
    const last = new Map<string, bigint>();
    const repeated: Array<{ projection: string; sequence: number; checkpoint: string }> = [];
    for (const row of this.query<{ projection: string; sequence: number; checkpoint: string }>('SELECT sequence, projection, checkpoint FROM rm_changes ORDER BY sequence')) {
      if (row.projection.startsWith('pm_')) continue;
      const checkpoint = BigInt(row.checkpoint);
      if (checkpoint <= (last.get(row.projection) ?? -1n)) repeated.push(row);
      last.set(row.projection, checkpoint);
    }
    return repeated;
  }
}
