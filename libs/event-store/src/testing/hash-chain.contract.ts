import { randomUUID } from 'node:crypto';
import { EventStore, RecordedEvent } from '../event-store.port';
import { eventHash } from '../hash-chain/event-hash';
import { ChainVerifier } from '../hash-chain/chain-verifier';
import { newEvents } from './event-store.contract';
import { commandAppends } from './multi-append.contract';

/** Each event's hash recomputed from what was read back, and its link to the event before it. */
function expectChained(events: readonly RecordedEvent[]): void {
  events.forEach((event, index) => {
    const previousHash = index === 0 ? null : events[index - 1].metadata.hash;
    expect(event.metadata.previousHash).toBe(previousHash);
    expect(event.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(event.metadata.hash).toBe(eventHash(previousHash ?? null, event));
  });
}

/** The hash chain and read-by-position part of the contract; `store()` is the suite's current store. */
export function describeHashChainContract(store: () => EventStore): void {
  const stream = (label: string): string => `contract-${label}.${randomUUID()}`;

  describe('hash chain', () => {
    it('chains every appended event to the one before it in its stream, across appends', async () => {
      const s = stream('chain');
      await store().append(s, newEvents(randomUUID(), 2, { stream: s }), 'no_stream');
      await store().append(s, newEvents(randomUUID(), 1, { stream: s }), 'any');
      await store().append(s, newEvents(randomUUID(), 2, { stream: s }), 3);
      const events = await store().readStream(s);
      expect(events).toHaveLength(5);
      expectChained(events);
    });

    it('chains each stream of a multi-stream append on its own last event', async () => {
      const a = stream('chain-a');
      const b = stream('chain-b');
      await store().append(b, newEvents(randomUUID(), 2, { stream: b }), 'no_stream');
      await store().appendToStreams(commandAppends(randomUUID(), [[a, 'no_stream'], [b, 2]]));
      await store().appendToStreams(commandAppends(randomUUID(), [[a, 'any'], [b, 'any']]));
      expectChained(await store().readStream(a));
      expectChained(await store().readStream(b));
    });

    it('recognises a retried command as the same events, its hashes unchanged', async () => {
      const s = stream('chain-retry');
      const commandId = randomUUID();
      await store().append(s, newEvents(commandId, 2, { stream: s }), 'no_stream');
      const before = await store().readStream(s);
      const retry = await store().append(s, newEvents(commandId, 2, { stream: s }), 'any');
      expect(retry.appended).toBe(false);
      expect(await store().readStream(s)).toEqual(before);
    });

    it('chains concurrent appends with any into one unbroken stream', async () => {
      const s = stream('chain-race');
      await Promise.all(Array.from({ length: 6 }, () => store().append(s, newEvents(randomUUID(), 1, { stream: s }), 'any')));
      const verifier = new ChainVerifier();
      for (const event of await store().readStream(s)) verifier.add(event);
      expect(verifier.report()).toMatchObject({ ok: true, events: 6, unhashed: 0 });
    });

    it('reads events by position in the order asked, leaving out positions with no event', async () => {
      const s = stream('by-position');
      await store().append(s, newEvents(randomUUID(), 3, { stream: s }), 'no_stream');
      const [first, , third] = await store().readStream(s);
      const read = await store().readEvents([third.position, third.position + 10n ** 12n, first.position]);
      expect(read.map((event) => event.eventId)).toEqual([third.eventId, first.eventId]);
      expect(read[0]).toEqual(third);
      expect(await store().readEvents([])).toEqual([]);
    });
  });
}
