import {
  AppendResult as EsdbAppendResult,
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  PrefixesFilter,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyConflict } from '@handoff/domain';
import { Logger } from '@nestjs/common';
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
  START,
  StreamAppend,
} from '../event-store.port';
import { appendToStreamsOn } from './multi-stream-append';
import { describeExpected } from '../expected-version';
import { openAllFeed } from './all-feed';
import { CatchUpSubscription, ReconnectPolicy } from './catch-up-subscription';
import { collect, recordedEvents } from './esdb-reads';
import { toEventData, UnreadableEvent } from './event.mapper';
import { toExpectedRevision, versionAt, versionOf } from './expected-revision';
import { findOriginalAppend } from './original-append';
import { chainEvents } from '../hash-chain/event-hash';
import { exactly, holds, readStreamHead, RECHAIN_ATTEMPTS } from './stream-head';
import { decodePosition, encodePosition, knownPosition } from './position';
import { kurrentConnectionString } from './connection-string';
import { DEFAULT_STREAM_PREFIXES, streamPrefixFilter } from './stream-filter';

export interface EventStoreDbEventStoreOptions {
  /** Streams this store reads from $all; everything else (system streams included) is filtered out by the server. */
  streamPrefixes?: readonly string[];
  reconnect?: ReconnectPolicy;
  logger?: Pick<Logger, 'warn'>;
}

const DEFAULT_RECONNECT: ReconnectPolicy = { initialDelayMs: 100, maxDelayMs: 5000 };
const SUBSCRIPTION_BUFFER = 1000;
const PARALLEL_POSITION_READS = 16;

/**
 * The production event store: KurrentDB (formerly EventStoreDB) over gRPC (`esdb://host:2113?tls=false`), through
 * the public API of @kurrent/kurrentdb-client. Needs server 22.6 or later.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: KurrentDBClient;
  private readonly filter: PrefixesFilter;
  private readonly streamPrefixes: readonly string[];
  private readonly reconnect: ReconnectPolicy;
  private readonly logger: Pick<Logger, 'warn'>;
  private readonly subscriptions = new Set<EventSubscription>();

  constructor(connectionString: string, options: EventStoreDbEventStoreOptions = {}) {
    this.client = KurrentDBClient.connectionString(kurrentConnectionString(connectionString));
    this.streamPrefixes = options.streamPrefixes ?? DEFAULT_STREAM_PREFIXES;
    this.filter = streamPrefixFilter(this.streamPrefixes);
    this.reconnect = options.reconnect ?? DEFAULT_RECONNECT;
    this.logger = options.logger ?? new Logger('EventStoreDbEventStore');
  }

  /**
   * The hashes chain on the stream's last event, so the append must find the stream exactly as it was read: a
   * concurrent append refuses it, and an append with `any` reads the new head and chains again.
   */
  async append(stream: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const original = await this.findAppend(stream, events[0].eventId, events[0].metadata.commandHash);
    if (original) return original;
    for (let attempt = 1; ; attempt++) {
      const head = await readStreamHead(this.client, stream);
      if (!holds(expected, head.version)) return this.refused(stream, events, expected, head.version);
      const chained = chainEvents(stream, head.version, head.hash, events);
      let result: EsdbAppendResult;
      try {
        result = await this.client.appendToStream(stream, chained.map(toEventData), { streamState: toExpectedRevision(exactly(head)) });
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (await this.mayRechain(stream, events, expected, attempt)) continue;
        return this.refused(stream, events, expected, versionOf(error.actualState));
      }
      // With throwOnAppendFailure=false in the connection string the client reports a refusal instead of throwing.
      if (!result.success) {
        if (await this.mayRechain(stream, events, expected, attempt)) continue;
        return this.refused(stream, events, expected, versionOf(result.nextExpectedRevision));
      }
      // The server answers a retry of ids it already holds after the expected revision with success but no position:
      // nothing was written (a retry that raced its original past findAppend).
      if (!knownPosition(result.position)) {
        const replayed = await this.findAppend(stream, events[0].eventId, events[0].metadata.commandHash);
        if (replayed) return replayed;
      }
      return {
        nextVersion: versionAt(result.nextExpectedRevision),
        position: await this.positionAt(stream, result),
        appended: true,
      };
    }
  }

  /** After a refusal: chain again only for `any`, and only when the refusal was not this very command landing first. */
  private async mayRechain(stream: string, events: readonly NewEvent[], expected: ExpectedVersion, attempt: number): Promise<boolean> {
    if (expected !== 'any' || attempt >= RECHAIN_ATTEMPTS) return false;
    return !(await this.findAppend(stream, events[0].eventId, events[0].metadata.commandHash));
  }

  /** Needs KurrentDB 25.1 or later; see multi-stream-append.ts. */
  appendToStreams(appends: readonly StreamAppend[]): Promise<MultiAppendResult> {
    return appendToStreamsOn(this.client, appends, (stream, id, hash) => this.findAppend(stream, id, hash));
  }

  async findAppend(stream: string, firstEventId: string, commandHash?: string): Promise<AppendResult | null> {
    const newestFirst = this.client.readStream(stream, { direction: BACKWARDS, fromRevision: END });
    try {
      return await findOriginalAppend(recordedEvents(newestFirst), firstEventId, commandHash);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return null;
      throw error;
    }
  }

  async readStream(stream: string, afterVersion = 0): Promise<RecordedEvent[]> {
    try {
      // Version v is revision v - 1, so the events after version v start at revision v.
      const from = afterVersion > 0 ? { fromRevision: BigInt(afterVersion) } : {};
      return await collect(recordedEvents(this.client.readStream(stream, { direction: FORWARDS, ...from })));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  async readAll(from: Position, limit: number, filter: ReadAllFilter = {}): Promise<RecordedEvent[]> {
    if (limit <= 0) return [];
    const { tenantId } = filter;
    // A tenant's streams are `<kind>-<tenantId>.<id>`: the server passes over every other stream.
    const streams = tenantId === undefined ? this.filter : streamPrefixFilter(this.streamPrefixes.map((prefix) => `${prefix}${tenantId}.`));
    // One more than asked for: the server may return the event at `from` itself, which the port excludes.
    const read = this.client.readAll({
      fromPosition: decodePosition(from),
      direction: FORWARDS,
      maxCount: limit + 1,
      filter: streams,
    });
    const events = await collect(recordedEvents(read));
    return events.filter((event) => event.position > from).slice(0, limit);
  }

  /** One read of $all per position, a few at a time: the server has no read by a set of positions. */
  async readEvents(positions: readonly Position[]): Promise<RecordedEvent[]> {
    const found: RecordedEvent[] = [];
    for (let start = 0; start < positions.length; start += PARALLEL_POSITION_READS) {
      const slice = positions.slice(start, start + PARALLEL_POSITION_READS);
      const events = await Promise.all(slice.map((position) => this.eventAt(position)));
      for (const event of events) if (event) found.push(event);
    }
    return found;
  }

  private async eventAt(position: Position): Promise<RecordedEvent | null> {
    const read = this.client.readAll({ fromPosition: decodePosition(position), direction: FORWARDS, maxCount: 1, filter: this.filter });
    const [event] = await collect(recordedEvents(read));
    return event?.position === position ? event : null;
  }

  async headPosition(): Promise<Position> {
    const newestFirst = { fromPosition: END, direction: BACKWARDS, maxCount: 1, filter: this.filter } as const;
    const read = this.client.readAll(newestFirst);
    const [newest] = await collect(recordedEvents(read));
    return newest?.position ?? START;
  }

  subscribe(from: Position): EventSubscription {
    const subscription = new CatchUpSubscription(from, openAllFeed(this.client, this.filter), {
      reconnect: this.reconnect,
      maxBuffered: SUBSCRIPTION_BUFFER,
      isFatal: (error) => error instanceof UnreadableEvent,
      onDrop: (error, retryInMs) =>
        this.logger.warn(`$all subscription dropped (${messageOf(error)}); resubscribing in ${retryInMs} ms`),
    });
    this.subscriptions.add(subscription);
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  async close(): Promise<void> {
    const open = [...this.subscriptions];
    this.subscriptions.clear();
    await Promise.all(open.map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  /** A retry of an append that did land is not a conflict: it gets that append's outcome. */
  private async refused(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedVersion,
    actual: number,
  ): Promise<AppendResult> {
    const original = await this.findAppend(stream, events[0].eventId, events[0].metadata.commandHash);
    if (original) return original;
    throw new ConcurrencyConflict(stream, describeExpected(expected), actual);
  }

  /**
   * The position of the append's last event as reads of $all report it, read back rather than taken from the append
   * response: for a write of several events that response pairs the commit position with the write's first prepare
   * position, which need not be the position reads give the last event. Checkpoints are compared with it.
   */
  private async positionAt(stream: string, result: EsdbAppendResult): Promise<Position> {
    const [last] = await collect(
      this.client.readStream(stream, { direction: BACKWARDS, fromRevision: result.nextExpectedRevision, maxCount: 1 }),
    );
    const position = knownPosition(last?.event?.position) ?? knownPosition(result.position);
    if (!position) throw new Error(`EventStoreDB reported no position for the append to ${stream}`);
    return encodePosition(position);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
