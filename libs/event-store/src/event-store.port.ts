import { Role } from '@handoff/domain';

/** Global position in the log: strictly increasing in the order `readAll` returns events. */
export type Position = bigint;
export const START: Position = 0n;

/** `any`: no check; `no_stream`: the stream must not exist; a number: the stream must hold exactly that many events. */
export type ExpectedVersion = 'any' | 'no_stream' | number;

export interface EventMetadata {
  tenantId: string;
  actor: { id: string; role: Role };
  occurredAt: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  schemaVersion: number;
  /** What the command was (a hash of its type and input): a command id reused for another command is refused. */
  commandHash?: string;
  /** Written by the event store inside the append (see hash-chain/event-hash.ts); absent on events stored before. */
  hash?: string;
  /** The hash of the event before this one in its stream; null when there is none or it carries none. */
  previousHash?: string | null;
}

export interface NewEvent {
  /** Derived from the tenant, stream and command id (see eventIdFor), so a retried command appends nothing new. */
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface RecordedEvent extends NewEvent {
  stream: string;
  /** 1-based: the stream's version once this event is in it. */
  streamVersion: number;
  position: Position;
  /**
   * Set, to why, when the stored event cannot be decoded (e.g. its data is not JSON). `readAll` and `subscribe`
   * still deliver it, with empty data and placeholder metadata, so that a reader can pass it by (the projector
   * dead-letters it); `readStream` refuses such a stream instead.
   */
  unreadable?: string;
  /** Set by the personal-data layer when a personal field reads null because its data key was destroyed. */
  personalDataErased?: boolean;
}

export interface AppendResult {
  /** The stream's version after the append (events in the stream). */
  nextVersion: number;
  /** Position of the last event of the append. */
  position: Position;
  /** False when these event ids were already stored: the original outcome is returned and nothing is written. */
  appended: boolean;
}

/** One stream's part of a multi-stream append. */
export interface StreamAppend {
  stream: string;
  events: readonly NewEvent[];
  expectedVersion: ExpectedVersion;
}

export interface StreamAppendOutcome {
  stream: string;
  /** The stream's version after the append. */
  nextVersion: number;
  /** Position of the stream's last event of the append. */
  position: Position;
}

export interface MultiAppendResult {
  /** One per StreamAppend, in the order given. */
  streams: StreamAppendOutcome[];
  /** Position of the last event of the whole append (the greatest of `streams`). */
  position: Position;
  /** False when this was a replay: the original outcome is returned and nothing is written. */
  appended: boolean;
}

export interface ReadAllFilter {
  tenantId?: string;
}

export interface EventSubscription extends AsyncIterable<RecordedEvent[]> {
  close(): Promise<void>;
}

export interface EventStore {
  /**
   * Appends atomically. Throws ConcurrencyConflict when `expected` does not hold. When the first event id is
   * already stored in this stream, returns that append's outcome and writes nothing, whatever `expected` says;
   * throws BadInput (input.commandId) instead when that append's commandHash differs from the first event's.
   */
  append(stream: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  /**
   * Appends to several distinct streams atomically: all or nothing, every stream's expected version checked; a
   * mismatch on any stream throws ConcurrencyConflict naming that stream and writes nothing. A replay (the first
   * event id of the first stream already stored there) returns the original outcome and writes nothing; throws
   * BadInput (input.commandId) when that append was of another command, or did not write these same streams.
   * Put the command's own stream first (e.g. the conversation before the agent): a replay is looked for there.
   */
  appendToStreams(appends: readonly StreamAppend[]): Promise<MultiAppendResult>;
  /**
   * The outcome of an earlier append whose first event had this id, or null. Throws BadInput (input.commandId)
   * when that append was of another command (its commandHash differs from `commandHash`).
   */
  findAppend(stream: string, firstEventId: string, commandHash?: string): Promise<AppendResult | null>;
  /** The stream's events in order; with `afterVersion`, only those whose streamVersion is greater. */
  readStream(stream: string, afterVersion?: number): Promise<RecordedEvent[]>;
  /**
   * Events after `from` (exclusive), in global order, at most `limit`; with `filter.tenantId`, only the events of
   * that tenant's streams (`<kind>-<tenantId>.<id>`), skipped over by the store rather than handed out.
   */
  readAll(from: Position, limit: number, filter?: ReadAllFilter): Promise<RecordedEvent[]>;
  /**
   * The events at these positions (positions `readAll` reported), in the order given; a position holding no event
   * is left out. An event that cannot be decoded comes marked `unreadable`, as from `readAll`.
   */
  readEvents(positions: readonly Position[]): Promise<RecordedEvent[]>;
  /** Catches up from `from` (exclusive), then follows live appends; yields non-empty batches in global order. */
  subscribe(from: Position): EventSubscription;
  /** Position of the newest event, START when the log is empty. */
  headPosition(): Promise<Position>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');
