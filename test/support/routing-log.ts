import Database from 'better-sqlite3';

export interface LoggedEvent {
  position: number;
  stream: string;
  version: number;
  type: string;
  data: Record<string, unknown>;
  actor: { id: string; role: string };
  causationId: string;
}

/** Every event of a server's SQLite log, in log order, read-only as an auditor would. */
export function loggedEvents(sqlitePath: string): LoggedEvent[] {
  const db = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT position, stream, version, type, data, metadata FROM events ORDER BY position').all() as Array<Record<string, string | number>>;
    return rows.map((row) => {
      const metadata = JSON.parse(String(row.metadata)) as { actor: { id: string; role: string }; causationId: string };
      return {
        position: Number(row.position), stream: String(row.stream), version: Number(row.version), type: String(row.type),
        data: JSON.parse(String(row.data)) as Record<string, unknown>, actor: metadata.actor, causationId: metadata.causationId,
      };
    });
  } finally {
    db.close();
  }
}

export { offerViolations } from '../../libs/routing/src/testing/offer-violations';

/** How many events of a type each conversation has. */
export function countPerConversation(events: readonly LoggedEvent[], type: string, where: (event: LoggedEvent) => boolean = () => true): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.type !== type || !where(event)) continue;
    const id = String(event.data.conversationId);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
