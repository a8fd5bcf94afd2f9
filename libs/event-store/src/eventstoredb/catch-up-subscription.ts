import { EventSubscription, Position, RecordedEvent } from '../event-store.port';

/** One server subscription: the events after a position, until it fails or is stopped. */
export interface LiveFeed extends AsyncIterable<RecordedEvent> {
  /** Idempotent and never throws; makes a pending iteration end. */
  stop(): Promise<void>;
}

export interface ReconnectPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
}

export interface CatchUpOptions {
  reconnect: ReconnectPolicy;
  /** Events held for a slow consumer before the feed is paused. */
  maxBuffered: number;
  /** Errors that no resubscription can cure (a malformed event): they end the iteration. */
  isFatal(error: unknown): boolean;
  onDrop(error: unknown, retryInMs: number): void;
}

/** Exponential backoff from the initial delay, capped: 1st failure → initial, 2nd → 2×, ... */
export function reconnectDelayMs(failures: number, { initialDelayMs, maxDelayMs }: ReconnectPolicy): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  return Math.min(initialDelayMs * 2 ** exponent, maxDelayMs);
}

/**
 * A catch-up subscription that survives dropped connections: it buffers what the feed delivers, yields the
 * buffer as one batch, and when the feed fails it opens a new one after the last buffered position. Events at
 * or before that position are skipped, so a resubscription never yields an event twice.
 */
export class CatchUpSubscription implements EventSubscription {
  private readonly buffer: RecordedEvent[] = [];
  private last: Position;
  private open = true;
  private failure: { error: unknown } | undefined;
  private failures = 0;
  private feed: LiveFeed | undefined;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;
  private readonly pumping: Promise<void>;
  private readonly iterator: AsyncGenerator<RecordedEvent[]>;

  constructor(
    from: Position,
    private readonly openFeed: (after: Position) => LiveFeed,
    private readonly options: CatchUpOptions,
  ) {
    this.last = from;
    this.iterator = this.batches();
    this.pumping = this.pump();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent[]> {
    return this.iterator;
  }

  async close(): Promise<void> {
    this.stop();
    await this.feed?.stop();
    await this.pumping;
    await this.iterator.return(undefined);
  }

  private stop(): void {
    this.open = false;
    this.wakeConsumer?.();
    this.wakeProducer?.();
  }

  private async *batches(): AsyncGenerator<RecordedEvent[]> {
    for (;;) {
      if (this.buffer.length > 0 && (this.open || this.failure)) {
        const batch = this.buffer.splice(0, this.buffer.length);
        this.wakeProducer?.();
        yield batch;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (!this.open) return;
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
      this.wakeConsumer = undefined;
    }
  }

  private async pump(): Promise<void> {
    while (this.open) {
      const dropped = await this.follow();
      await this.feed?.stop();
      if (!this.open) break;
      if (this.options.isFatal(dropped)) {
        this.failure = { error: dropped };
        this.stop();
        break;
      }
      this.failures++;
      const delay = reconnectDelayMs(this.failures, this.options.reconnect);
      this.options.onDrop(dropped, delay);
      await this.pause(delay);
    }
  }

  /** Buffers one feed's events; returns what ended it. */
  private async follow(): Promise<unknown> {
    try {
      this.feed = this.openFeed(this.last);
      for await (const event of this.feed) {
        if (!this.open) return undefined;
        if (event.position <= this.last) continue;
        this.buffer.push(event);
        this.last = event.position;
        this.failures = 0;
        this.wakeConsumer?.();
        while (this.open && this.buffer.length >= this.options.maxBuffered) {
          await new Promise<void>((resolve) => (this.wakeProducer = resolve));
        }
      }
      return new Error('the subscription ended without an error');
    } catch (error) {
      return error;
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeProducer = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
