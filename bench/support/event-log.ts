import { chainEvents, eventIdFor, EventMetadata, NewEvent, SqliteEventStore } from '@handoff/event-store';
import Database from 'better-sqlite3';

/**
 * Writes valid domain events straight into the events table of the SQLite adapter (the adapter creates the
 * table, so the layout is its own). For setting up large logs fast; never used by what is measured.
 */
export interface LogEvent {
  stream: string;
  type: string;
  data: Record<string, unknown>;
  /** ISO 8601; by default the events are EVENT_SPACING_MS apart. */
  occurredAt?: string;
}

export const TENANT = 'bench';
const ACTOR = { id: 'sup-1', role: 'SUPERVISOR' };
const INSERT_BATCH = 10_000;
/** Events are spaced this far apart in time, so a million of them span some fourteen hours of buckets. */
const EVENT_SPACING_MS = 50;
const START_MS = Date.parse('2026-01-05T08:00:00.000Z');

export async function createEventLog(path: string): Promise<void> {
  const store = new SqliteEventStore(path);
  await store.close();
}

export interface EventLogOptions {
  /** Chain hashes as the event store does (metadata hash and previousHash); off, the log is as before hashing. */
  hashChains?: boolean;
  /** Who did it (default a supervisor, sup-1). */
  actorOf?: (event: LogEvent) => EventMetadata['actor'];
}

export class EventLogWriter {
  private readonly db: Database.Database;
  private readonly hashes = new Map<string, string>();
  private readonly insert: Database.Statement;
  private readonly versions = new Map<string, number>();
  private pending: unknown[][] = [];
  private written = 0;

  constructor(path: string, private readonly options: EventLogOptions = {}) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = OFF');
    this.insert = this.db.prepare(
      'INSERT INTO events (event_id, stream, version, type, data, metadata, command_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  add(event: LogEvent): void {
    const version = (this.versions.get(event.stream) ?? 0) + 1;
    this.versions.set(event.stream, version);
    const commandId = `bench-${this.written + this.pending.length}`;
    const occurredAt = event.occurredAt ?? new Date(START_MS + (this.written + this.pending.length) * EVENT_SPACING_MS).toISOString();
    const actor = this.options.actorOf?.(event) ?? (ACTOR as EventMetadata['actor']);
    const metadata: EventMetadata = {
      tenantId: TENANT, actor, occurredAt, commandId, correlationId: commandId, causationId: commandId, schemaVersion: 1,
    };
    let stored: NewEvent = { eventId: eventIdFor({ tenantId: TENANT, stream: event.stream, commandId }, 0), type: event.type, data: event.data, metadata };
    if (this.options.hashChains) {
      // As the event store chains them, so that the log verifies.
      [stored] = chainEvents(event.stream, version - 1, this.hashes.get(event.stream) ?? null, [stored]);
      this.hashes.set(event.stream, stored.metadata.hash as string);
    }
    this.pending.push([stored.eventId, event.stream, version, event.type, JSON.stringify(stored.data), JSON.stringify(stored.metadata), commandId]);
    if (this.pending.length >= INSERT_BATCH) this.flush();
  }

  get count(): number {
    return this.written + this.pending.length;
  }

  close(): void {
    this.flush();
    this.db.close();
  }

  private flush(): void {
    const rows = this.pending;
    this.pending = [];
    this.db.transaction(() => rows.forEach((row) => this.insert.run(...row)))();
    this.written += rows.length;
  }
}
