import { Position, RecordedEvent } from '../event-store.port';
import { newEvents } from '../testing/event-store.contract';
import { CatchUpOptions, CatchUpSubscription, LiveFeed, reconnectDelayMs } from './catch-up-subscription';

/** A stand-in for $all: feeds replay from the checkpoint (inclusive, as a careless server might) and follow appends. */
class FakeAll {
  readonly events: RecordedEvent[] = [];
  readonly openedAfter: Position[] = [];
  delivered = 0;
  failOpens = 0;
  private readonly feeds = new Set<{ wake(): void; drop(error: unknown): void }>();

  append(count: number): void {
    for (const event of newEvents(`cmd-${this.events.length}`, count)) {
      const n = this.events.length + 1;
      this.events.push({ ...event, stream: 'contract-s', streamVersion: n, position: BigInt(n * 10) });
    }
    for (const feed of this.feeds) feed.wake();
  }

  drop(error: unknown): void {
    for (const feed of this.feeds) feed.drop(error);
  }

  readonly openFeed = (after: Position): LiveFeed => {
    this.openedAfter.push(after);
    if (this.failOpens > 0) {
      this.failOpens--;
      throw new Error('connection refused');
    }
    const all = this;
    let stopped = false;
    let dropped: { error: unknown } | undefined;
    let wake: (() => void) | undefined;
    const control = {
      wake: () => wake?.(),
      drop: (error: unknown) => {
        dropped = { error };
        wake?.();
      },
    };
    this.feeds.add(control);
    return {
      async *[Symbol.asyncIterator]() {
        let index = all.events.filter((event) => event.position < after).length;
        for (;;) {
          if (stopped) return;
          if (dropped) throw dropped.error;
          if (index < all.events.length) {
            all.delivered++;
            yield all.events[index++];
            continue;
          }
          await new Promise<void>((resolve) => (wake = resolve));
        }
      },
      stop: async () => {
        stopped = true;
        all.feeds.delete(control);
        wake?.();
      },
    };
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

function subscribe(all: FakeAll, from: Position, overrides: Partial<CatchUpOptions> = {}) {
  const drops: number[] = [];
  const subscription = new CatchUpSubscription(from, all.openFeed, {
    reconnect: { initialDelayMs: 1, maxDelayMs: 4 },
    maxBuffered: 100,
    isFatal: (error) => error instanceof TypeError,
    onDrop: (_error, retryInMs) => drops.push(retryInMs),
    ...overrides,
  });
  return { subscription, iterator: subscription[Symbol.asyncIterator](), drops };
}

async function nextBatch(iterator: AsyncIterator<RecordedEvent[]>): Promise<number[]> {
  const next = await iterator.next();
  if (next.done) throw new Error('the subscription ended');
  return next.value.map((event) => event.streamVersion);
}

describe('catch-up subscription over EventStoreDB feeds', () => {
  it('catches up from after the checkpoint, then delivers live events', async () => {
    const all = new FakeAll();
    all.append(3);
    const { subscription, iterator } = subscribe(all, 10n);
    await settle();
    expect(await nextBatch(iterator)).toEqual([2, 3]);
    all.append(1);
    expect(await nextBatch(iterator)).toEqual([4]);
    await subscription.close();
  });

  it('yields everything buffered as one batch', async () => {
    const all = new FakeAll();
    const { subscription, iterator } = subscribe(all, 0n);
    all.append(5);
    await settle();
    expect(await nextBatch(iterator)).toEqual([1, 2, 3, 4, 5]);
    await subscription.close();
  });

  it('resubscribes after a drop from the last delivered position, without duplicates', async () => {
    const all = new FakeAll();
    all.append(2);
    const { subscription, iterator, drops } = subscribe(all, 0n);
    await settle();
    expect(await nextBatch(iterator)).toEqual([1, 2]);
    all.drop(new Error('connection reset'));
    all.append(2);
    await settle();
    expect(await nextBatch(iterator)).toEqual([3, 4]);
    expect(all.openedAfter).toEqual([0n, 20n]);
    expect(drops).toEqual([1]);
    await subscription.close();
  });

  it('backs off while the server stays unreachable, and resets once events flow again', async () => {
    const all = new FakeAll();
    all.failOpens = 4;
    all.append(1);
    const { subscription, iterator, drops } = subscribe(all, 0n);
    expect(await nextBatch(iterator)).toEqual([1]);
    expect(drops).toEqual([1, 2, 4, 4]);
    all.drop(new Error('connection reset'));
    await settle();
    expect(drops).toEqual([1, 2, 4, 4, 1]);
    await subscription.close();
  });

  it('ends with the error when it is fatal, after delivering what was buffered', async () => {
    const all = new FakeAll();
    all.append(2);
    const { subscription, iterator, drops } = subscribe(all, 0n);
    await settle();
    all.drop(new TypeError('malformed event'));
    await settle();
    expect(await nextBatch(iterator)).toEqual([1, 2]);
    await expect(iterator.next()).rejects.toThrow('malformed event');
    expect(drops).toEqual([]);
    await subscription.close();
  });

  it('stops pulling from the feed while the consumer is behind', async () => {
    const all = new FakeAll();
    all.append(10);
    const { subscription, iterator } = subscribe(all, 0n, { maxBuffered: 3 });
    await settle();
    expect(all.delivered).toBe(3);
    expect(await nextBatch(iterator)).toEqual([1, 2, 3]);
    await settle();
    expect(await nextBatch(iterator)).toEqual([4, 5, 6]);
    await subscription.close();
  });

  it('ends a pending iteration on close and stops following', async () => {
    const all = new FakeAll();
    const { subscription, iterator } = subscribe(all, 0n);
    const pending = iterator.next();
    await subscription.close();
    expect(await pending).toEqual({ done: true, value: undefined });
    all.append(1);
    await settle();
    expect(all.delivered).toBe(0);
  });

  it('closes during a backoff pause without waiting for it', async () => {
    const all = new FakeAll();
    all.failOpens = 1;
    const { subscription } = subscribe(all, 0n, { reconnect: { initialDelayMs: 60_000, maxDelayMs: 60_000 } });
    await settle();
    const started = Date.now();
    await subscription.close();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('reconnect delay', () => {
  it('doubles from the initial delay up to the cap', () => {
    const policy = { initialDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5, 50].map((failures) => reconnectDelayMs(failures, policy))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });
});
