import { BadInput } from '@handoff/domain';
import type { Transaction } from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import {
  AppendResult,
  EventStore,
  EventSubscription,
  ExpectedVersion,
  MultiAppendResult,
  NewEvent,
  Position,
  ReadAllFilter,
  RecordedEvent,
  StreamAppend,
  StreamAppendOutcome,
} from '../event-store.port';
import { checkMultiAppend, multiAppendResult, replayOutcome, singleResult } from '../multi-append';
import { checkSameCommand } from '../command-reuse';
import { checkExpectedVersion } from '../expected-version';
import { chainEvents } from '../hash-chain/event-hash';
import { EventRow, toDeliveredEvent, toRecorded } from './event-row';
import { inOrderOf } from '../positions';
import { closeSqlite, Migration, migrate, openSqlite, SqliteDatabase } from './sqlite-connection';

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE events (
        position   INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id   TEXT    NOT NULL UNIQUE,
        stream     TEXT    NOT NULL,
        version    INTEGER NOT NULL,
        type       TEXT    NOT NULL,
        data       TEXT    NOT NULL,
        metadata   TEXT    NOT NULL,
        command_id TEXT    NOT NULL,
        UNIQUE (stream, version)
      );`,
  },
];

const SUBSCRIPTION_PAGE = 1000;
const DEFAULT_POLL_MS = 20;

interface StoredFirstEvent {
  stream: string;
  command_id: string;
  command_hash: string | null;
}

/** One unit of a group commit: the appends of one call, to one stream or several, written or refused together. */
interface PendingAppend {
  appends: readonly StreamAppend[];
  resolve: (result: MultiAppendResult) => void;
  reject: (error: unknown) => void;
}

type Outcome = { result?: MultiAppendResult; error?: unknown };

export interface SqliteEventStoreOptions {
  /** How often a subscriber looks for appends made by other processes. */
  pollIntervalMs?: number;
}

/**
 * The embedded event store. Appends that arrive in the same turn of the event loop share one durable commit
 * (group commit); each runs in its own savepoint, so each gets its own version check and outcome.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: SqliteDatabase;
  private readonly pollIntervalMs: number;
  private readonly appends = new EventEmitter();
  private appendCount = 0;
  private pending: PendingAppend[] = [];
  private closed = false;
  private readonly statements;
  private readonly applyOne: (pending: PendingAppend) => MultiAppendResult;
  private readonly commitGroup: Transaction<(group: PendingAppend[]) => Outcome[]>;

  constructor(path: string, options: SqliteEventStoreOptions = {}) {
    this.db = openSqlite(path);
    migrate(this.db, 'event-store', MIGRATIONS);
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_MS;
    this.appends.setMaxListeners(0);
    this.statements = {
      streamHead: this.db.prepare(
        "SELECT version, json_extract(metadata, '$.hash') AS hash FROM events WHERE stream = ? ORDER BY version DESC LIMIT 1",
      ),
      insert: this.db.prepare(
        'INSERT INTO events (event_id, stream, version, type, data, metadata, command_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      byEventId: this.db.prepare(
        "SELECT stream, command_id, json_extract(metadata, '$.commandHash') AS command_hash FROM events WHERE event_id = ?",
      ),
      appendOutcome: this.db.prepare(
        'SELECT max(version) AS version, max(position) AS position FROM events WHERE stream = ? AND command_id = ?',
      ),
      readStream: this.db.prepare('SELECT * FROM events WHERE stream = ? AND version > ? ORDER BY version'),
      readAll: this.db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?'),
      byPositions: this.db.prepare('SELECT * FROM events WHERE position IN (SELECT value FROM json_each(?))'),
      // Stream kinds hold no '-': the tenant follows the first one. Checked row by row along the position order.
      readAllOfTenant: this.db.prepare(
        "SELECT * FROM events WHERE position > ? AND substr(stream, instr(stream, '-') + 1, length(?)) = ? ORDER BY position LIMIT ?",
      ),
      head: this.db.prepare('SELECT coalesce(max(position), 0) FROM events').pluck(),
    };
    this.applyOne = this.db.transaction((pending: PendingAppend) => this.write(pending));
    this.commitGroup = this.db.transaction((group: PendingAppend[]) =>
      group.map((pending) => {
        try {
          const result = this.applyOne(pending);
          this.assertGroupOpen();
          return { result };
        } catch (error) {
          this.assertGroupOpen(error);
          return { error };
        }
      }),
    );
  }

  async append(stream: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    return singleResult(await this.appendToStreams([{ stream, events, expectedVersion: expected }]));
  }

  /** One unit of the group commit, in its own savepoint: every stream written, or none. */
  appendToStreams(appends: readonly StreamAppend[]): Promise<MultiAppendResult> {
    if (this.closed) return Promise.reject(new Error('event store is closed'));
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ appends, resolve, reject });
    });
  }

  async findAppend(stream: string, firstEventId: string, commandHash?: string): Promise<AppendResult | null> {
    return this.originalOutcome(stream, firstEventId, commandHash);
  }

  async readStream(stream: string, afterVersion = 0): Promise<RecordedEvent[]> {
    return (this.statements.readStream.all(stream, afterVersion) as EventRow[]).map(toRecorded);
  }

  async readAll(from: Position, limit: number, filter: ReadAllFilter = {}): Promise<RecordedEvent[]> {
    if (filter.tenantId === undefined) return (this.statements.readAll.all(from, limit) as EventRow[]).map(toDeliveredEvent);
    const prefix = `${filter.tenantId}.`;
    return (this.statements.readAllOfTenant.all(from, prefix, prefix, limit) as EventRow[]).map(toDeliveredEvent);
  }

  async readEvents(positions: readonly Position[]): Promise<RecordedEvent[]> {
    if (positions.length === 0) return [];
    const rows = this.statements.byPositions.all(JSON.stringify(positions.map(Number))) as EventRow[];
    return inOrderOf(positions, rows.map(toDeliveredEvent));
  }

  async headPosition(): Promise<Position> {
    return BigInt(this.statements.head.get() as number);
  }

  subscribe(from: Position): EventSubscription {
    let open = true;
    let wake: (() => void) | undefined;
    const onAppend = (): void => wake?.();
    this.appends.on('appended', onAppend);
    const store = this;

    async function* batches(): AsyncGenerator<RecordedEvent[]> {
      let position = from;
      while (open && !store.closed) {
        const seenAppends = store.appendCount;
        const batch = await store.readAll(position, SUBSCRIPTION_PAGE);
        if (batch.length > 0) {
          position = batch[batch.length - 1].position;
          yield batch;
          continue;
        }
        if (seenAppends !== store.appendCount) continue;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, store.pollIntervalMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    }

    const iterator = batches();
    return {
      [Symbol.asyncIterator]: () => iterator,
      close: async () => {
        open = false;
        this.appends.off('appended', onAppend);
        wake?.();
        await iterator.return(undefined);
      },
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (this.pending.length > 0) this.flush();
    this.closed = true;
    this.appends.emit('appended');
    closeSqlite(this.db);
  }

  private flush(): void {
    const group = this.pending;
    this.pending = [];
    if (group.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.commitGroup.immediate(group);
    } catch (error) {
      for (const pending of group) pending.reject(error);
      return;
    }
    let appended = false;
    outcomes.forEach((outcome, index) => {
      if (outcome.result) {
        appended ||= outcome.result.appended;
        group[index].resolve(outcome.result);
      } else {
        group[index].reject(outcome.error);
      }
    });
    if (appended) {
      this.appendCount++;
      this.appends.emit('appended');
    }
  }

  /**
   * SQLITE_FULL, SQLITE_IOERR or SQLITE_NOMEM can roll back the whole transaction, not just the savepoint. The
   * appends after it would then each commit on their own while the group still fails, so the group stops here:
   * none of it is committed, and every append of it is refused.
   */
  private assertGroupOpen(cause?: unknown): void {
    if (this.db.inTransaction) return;
    throw cause ?? new Error('the group commit transaction was rolled back');
  }

  private write({ appends }: PendingAppend): MultiAppendResult {
    checkMultiAppend(appends);
    const replay = this.replayOf(appends);
    if (replay) return replay;
    return multiAppendResult(appends.map((append) => this.writeStream(append)), true);
  }

  private replayOf(appends: readonly StreamAppend[]): MultiAppendResult | null {
    const find = ({ stream, events }: StreamAppend) => this.originalOutcome(stream, events[0].eventId, events[0].metadata.commandHash);
    const first = find(appends[0]);
    return first ? replayOutcome(appends, [first, ...appends.slice(1).map(find)]) : null;
  }

  /** Throws on a version mismatch; the unit's savepoint then takes back what earlier streams of it wrote. */
  private writeStream({ stream, events, expectedVersion }: StreamAppend): StreamAppendOutcome {
    const head = this.statements.streamHead.get(stream) as { version: number; hash: string | null } | undefined;
    const current = head?.version ?? 0;
    checkExpectedVersion(stream, expectedVersion, current);
    let position = 0;
    chainEvents(stream, current, head?.hash ?? null, events).forEach((event, index) => {
      const info = this.statements.insert.run(
        event.eventId,
        stream,
        current + index + 1,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        event.metadata.commandId,
      );
      position = Number(info.lastInsertRowid);
    });
    return { stream, nextVersion: current + events.length, position: BigInt(position) };
  }

  private originalOutcome(stream: string, firstEventId: string, commandHash: string | undefined): AppendResult | null {
    const first = this.statements.byEventId.get(firstEventId) as StoredFirstEvent | undefined;
    if (!first) return null;
    // Event ids are derived from the stream, so only a hand-made id can be stored in another stream.
    if (first.stream !== stream) throw new BadInput('input.commandId', 'was already used for another command');
    checkSameCommand(first.command_hash ?? undefined, commandHash);
    const outcome = this.statements.appendOutcome.get(stream, first.command_id) as { version: number; position: number };
    return { nextVersion: outcome.version, position: BigInt(outcome.position), appended: false };
  }
}
