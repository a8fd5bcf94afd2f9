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

export type AppendOutcome =
  | { ok: true; revision: bigint; commit: bigint; prepare: bigint }
  | { ok: false; current: bigint | 'no_stream' };

const FIRST_POSITION = 1024n;
const RECORD_OVERHEAD = 100n;
export const SYSTEM_STREAM = '$stats-fake';

export class FakeLog {
  readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private nextPosition = FIRST_POSITION;
  private readonly listeners = new Set<() => void>();

  append(stream: string, expected: Expected, proposed: readonly ProposedEvent[]): AppendOutcome {
    const existing = this.streams.get(stream) ?? [];
    const current = existing.length === 0 ? ('no_stream' as const) : BigInt(existing.length - 1);
    if (!holds(expected, current)) return { ok: false, current };
    const written = proposed.map((event) => this.write(stream, event));
    this.write(SYSTEM_STREAM, {
      id: randomUUID(),
      type: '$statsCollected',
      contentType: 'application/octet-stream',
      data: new Uint8Array([1]),
      metadata: new Uint8Array(),
    });
    for (const listener of this.listeners) listener();
    const last = written[written.length - 1];
    return { ok: true, revision: last.revision, commit: last.position, prepare: written[0].position };
  }

  stream(name: string): StoredEvent[] | undefined {
    return this.streams.get(name);
  }

  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
