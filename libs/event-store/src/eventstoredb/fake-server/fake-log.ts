import { randomUUID } from 'node:crypto';

/**
 * The in-memory transaction log of the fake EventStoreDB server, modelled on what the real server reports:
 * each event sits at its own log position (commit = prepare on reads of streams and of $all); an append reports
 * its last event's commit position with the first event's prepare position; stream revisions are 0-based.
 * It also writes a system event after every append, so that unfiltered reads of $all would show it.
 */
export interface StoredEvent {
  stream: string;
  revision: bigint;
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  metadata: Uint8Array;
  position: bigint;
}

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  metadata: Uint8Array;
}

export type Expected =
  | { kind: 'any' }
  | { kind: 'no_stream' }
  | { kind: 'stream_exists' }
  | { kind: 'revision'; revision: bigint };

/**
 * `written`: appended, at these positions. `idempotent`: these event ids already follow the expected revision, so
 * nothing is written and no position is reported, as the real server answers a retried write. `deleted`: the
 * stream was tombstoned and takes no more writes.
 */
export type AppendOutcome =
  | { kind: 'written'; revision: bigint; commit: bigint; prepare: bigint }
  | { kind: 'idempotent'; revision: bigint }
  | { kind: 'wrong_expected_version'; current: bigint | 'no_stream' }
  | { kind: 'deleted' };

/** One stream's part of a multi-stream append. */
export interface StreamRequest {
  stream: string;
  expected: Expected;
  proposed: readonly ProposedEvent[];
}

/** `written`: every stream's revision after it, and the position of the last event written. */
export type MultiAppendOutcome =
  | { kind: 'written'; revisions: bigint[]; position: bigint }
  | { kind: 'wrong_expected_version'; stream: string; expected: Expected; current: bigint | 'no_stream' }
  | { kind: 'deleted'; stream: string };

const FIRST_POSITION = 1024n;
const RECORD_OVERHEAD = 100n;
export const SYSTEM_STREAM = '$stats-fake';

export class FakeLog {
  readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private nextPosition = FIRST_POSITION;
  private readonly listeners = new Set<() => void>();

  private readonly tombstoned = new Set<string>();
  private readonly truncatedBefore = new Map<string, bigint>();

  append(stream: string, expected: Expected, proposed: readonly ProposedEvent[]): AppendOutcome {
    if (this.tombstoned.has(stream)) return { kind: 'deleted' };
    const existing = this.streams.get(stream) ?? [];
    const current = existing.length === 0 ? ('no_stream' as const) : BigInt(existing.length - 1);
    const retried = alreadyWritten(existing, expected, proposed);
    if (retried !== undefined) return { kind: 'idempotent', revision: retried };
    if (!holds(expected, current)) return { kind: 'wrong_expected_version', current };
    const written = proposed.map((event) => this.write(stream, event));
    this.committed();
    const last = written[written.length - 1];
    return { kind: 'written', revision: last.revision, commit: last.position, prepare: written[0].position };
  }

  /**
   * A multi-stream append: every stream's expectation is checked before anything is written, then all are written.
   * No idempotency by event id here: the server does not answer a repeated multi-stream append as a retry.
   */
  appendAll(requests: readonly StreamRequest[]): MultiAppendOutcome {
    for (const { stream, expected } of requests) {
      if (this.tombstoned.has(stream)) return { kind: 'deleted', stream };
      const existing = this.streams.get(stream) ?? [];
      const current = existing.length === 0 ? ('no_stream' as const) : BigInt(existing.length - 1);
      if (!holds(expected, current)) return { kind: 'wrong_expected_version', stream, expected, current };
    }
    const written = requests.map(({ stream, proposed }) => proposed.map((event) => this.write(stream, event)).pop());
    this.committed();
    const revisions = written.map((last) => last?.revision ?? -1n);
    return { kind: 'written', revisions, position: this.all[this.all.length - 2].position };
  }

  /** The events a read of the stream returns (from its truncation point on), or why there are none. */
  stream(name: string): StoredEvent[] | 'not_found' | 'deleted' {
    if (this.tombstoned.has(name)) return 'deleted';
    const events = (this.streams.get(name) ?? []).filter((event) => event.revision >= (this.truncatedBefore.get(name) ?? 0n));
    return events.length === 0 ? 'not_found' : events;
  }

  /** A hard delete: the stream reads as deleted and takes no more writes. */
  tombstone(name: string): void {
    this.tombstoned.add(name);
  }

  /** What $tb (truncate before) in the stream's metadata does: reads start at this revision, revisions go on. */
  truncateBefore(name: string, revision: bigint): void {
    this.truncatedBefore.set(name, revision);
  }

  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** What follows every commit: a system event (so unfiltered reads of $all would show one), then the listeners. */
  private committed(): void {
    this.write(SYSTEM_STREAM, {
      id: randomUUID(),
      type: '$statsCollected',
      contentType: 'application/octet-stream',
      data: new Uint8Array([1]),
      metadata: new Uint8Array(),
    });
    for (const listener of this.listeners) listener();
  }

  private write(stream: string, event: ProposedEvent): StoredEvent {
    const events = this.streams.get(stream) ?? [];
    const stored = { ...event, stream, revision: BigInt(events.length), position: this.nextPosition };
    this.nextPosition += RECORD_OVERHEAD + BigInt(event.data.length + event.metadata.length);
    events.push(stored);
    this.streams.set(stream, events);
    this.all.push(stored);
    return stored;
  }
}

/**
 * The real server's idempotency: when the proposed ids are exactly the events right after the expected revision
 * (for `any`, after the first proposed id wherever it is), the write is a retry. Returns the revision of the last.
 */
function alreadyWritten(existing: readonly StoredEvent[], expected: Expected, proposed: readonly ProposedEvent[]): bigint | undefined {
  if (proposed.length === 0) return undefined;
  const wanted = proposed[0].id.toLowerCase();
  const start =
    expected.kind === 'no_stream' ? 0
    : expected.kind === 'revision' ? Number(expected.revision) + 1
    : existing.findIndex((event) => event.id.toLowerCase() === wanted);
  if (expected.kind === 'stream_exists' || start < 0) return undefined;
  const run = existing.slice(start, start + proposed.length);
  const same = run.length === proposed.length && run.every((event, index) => event.id.toLowerCase() === proposed[index].id.toLowerCase());
  return same ? run[run.length - 1].revision : undefined;
}

function holds(expected: Expected, current: bigint | 'no_stream'): boolean {
  switch (expected.kind) {
    case 'any':
      return true;
    case 'no_stream':
      return current === 'no_stream';
    case 'stream_exists':
      return current !== 'no_stream';
    case 'revision':
      return current === expected.revision;
  }
}
