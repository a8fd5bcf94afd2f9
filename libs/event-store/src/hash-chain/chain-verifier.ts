import { createHash } from 'node:crypto';
import { Position, RecordedEvent } from '../event-store.port';
import { eventHash } from './event-hash';

/** An event whose stored hash does not hold, and why. */
export interface Breach {
  event: RecordedEvent;
  why: string;
}

export interface ChainReport {
  ok: boolean;
  streams: number;
  events: number;
  /** Events stored before hashing existed: a stream's unhashed prefix (not verifiable, not a failure). */
  unhashed: number;
  broken: number;
  /** The breach at the lowest log position (events are given in log order); null when ok. */
  firstBroken: Breach | null;
}

interface Link {
  version: number;
  hash: string | null;
  /** A hashed event was seen in the stream: every later one must carry a hash too. */
  chained: boolean;
}

/**
 * Recomputes hash chains over events given in log order (any mix of streams). A stream may begin with events stored
 * before hashing existed; from its first hashed event on, every event must carry a hash, its `previousHash` must be
 * the hash of the event before it (null after an unhashed one), its version must follow on, and its hash must be
 * that of its stored content. After a breach the chain goes on from what is stored, so one edit is reported once.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, Link>();
  private events = 0;
  private unhashed = 0;
  private broken = 0;
  private firstBroken: Breach | null = null;
  /** The log position of the first hashed event: every event stored after it was stored with a hash. */
  private hashedSince: Position | null;

  constructor(options: { hashedSince?: Position } = {}) {
    this.hashedSince = options.hashedSince ?? null;
  }

  add(event: RecordedEvent): void {
    const prior = this.heads.get(event.stream);
    const hash = event.unreadable ? null : (event.metadata.hash ?? null);
    const why = breachOf(event, prior) ?? this.strippedHash(event);
    if (hash !== null && (this.hashedSince === null || event.position < this.hashedSince)) this.hashedSince = event.position;
    this.events++;
    if (why) {
      this.broken++;
      this.firstBroken ??= { event, why };
    } else if (hash === null) {
      this.unhashed++;
    }
    this.heads.set(event.stream, { version: event.streamVersion, hash, chained: (prior?.chained ?? false) || hash !== null });
  }

  /** An event without a hash stored after a hashed one cannot predate hashing: its hash was stripped (a whole stream's, say). */
  private strippedHash(event: RecordedEvent): string | null {
    if (event.metadata.hash !== undefined || this.hashedSince === null || event.position <= this.hashedSince) return null;
    return 'carries no hash, though it was stored after hashing began (a hashed event precedes it in the log)';
  }

  report(): ChainReport {
    const { events, unhashed, broken, firstBroken } = this;
    return { ok: broken === 0, streams: this.heads.size, events, unhashed, broken, firstBroken };
  }

  /**
   * One digest over every stream's head: lowercase hex sha256 of the lines `<stream>:<version>:<hash or ->\n`, sorted
   * by stream name (UTF-16 code unit order). A stream cut short, dropped or grown since changes it.
   */
  headsDigest(): string {
    const digest = createHash('sha256');
    for (const stream of [...this.heads.keys()].sort()) {
      const head = this.heads.get(stream) as Link;
      digest.update(`${stream}:${head.version}:${head.hash ?? '-'}\n`);
    }
    return digest.digest('hex');
  }
}

function breachOf(event: RecordedEvent, prior: Link | undefined): string | null {
  if (event.unreadable) return event.unreadable;
  const before = prior?.version ?? 0;
  if (event.streamVersion !== before + 1) return `version ${event.streamVersion} follows version ${before} of its stream`;
  const { hash, previousHash = null } = event.metadata;
  if (hash === undefined) return prior?.chained ? 'carries no hash, though the events before it in its stream do' : null;
  if (typeof hash !== 'string') return 'its hash is not a string';
  if (previousHash !== (prior?.hash ?? null)) return 'its previousHash is not the hash of the event before it in its stream';
  if (eventHash(previousHash, event) !== hash) return 'its content does not match its hash';
  return null;
}
