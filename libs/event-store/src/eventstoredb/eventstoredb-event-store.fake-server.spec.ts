import { ConcurrencyConflict, STREAM_PREFIXES } from '@handoff/domain';
import { randomUUID } from 'node:crypto';
import { RecordedEvent } from '../event-store.port';
import { describeEventStoreContract, newEvents } from '../testing/event-store.contract';
import { commandAppends } from '../testing/multi-append.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store.adapter';
import { SYSTEM_STREAM } from './fake-server/fake-log';
import { FakeEventStoreDbServer } from './fake-server/fake-eventstoredb.server';

/**
 * The adapter and the real @kurrent/kurrentdb-client over real gRPC, against an in-process stand-in for the server.
 * This checks our use of the client and the protocol; only a real server (EVENTSTORE_CONNECTION_STRING, see
 * eventstoredb-event-store.adapter.spec.ts) checks the server's own behaviour.
 */
const streamPrefixes = [...STREAM_PREFIXES, 'contract-'];
const quietLogger = { warn: (): void => undefined };

function openStore(server: FakeEventStoreDbServer): EventStoreDbEventStore {
  return new EventStoreDbEventStore(server.connectionString, {
    streamPrefixes,
    reconnect: { initialDelayMs: 5, maxDelayMs: 20 },
    logger: quietLogger,
  });
}

describeEventStoreContract('EventStoreDB adapter on a fake gRPC server', async () => {
  const server = await FakeEventStoreDbServer.start();
  return { open: async () => openStore(server), cleanup: () => server.stop() };
});

describe('EventStoreDbEventStore on a fake gRPC server', () => {
  let server: FakeEventStoreDbServer;
  let store: EventStoreDbEventStore;
  const stream = (): string => `contract-wire.${randomUUID()}`;

  beforeEach(async () => {
    server = await FakeEventStoreDbServer.start();
    store = openStore(server);
  });
  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  it('has the server filter $all by our stream prefixes, so system events never come back', async () => {
    await store.append(stream(), newEvents(randomUUID(), 2), 'no_stream');
    const all = await store.readAll(0n, 100);
    expect(server.log.all.some((event) => event.stream === SYSTEM_STREAM)).toBe(true);
    expect(all.map((event) => event.stream.startsWith('contract-'))).toEqual([true, true]);
    expect(server.allReads[0].getFilter()?.getStreamIdentifier()?.getPrefixList()).toEqual(streamPrefixes);
    expect(await store.headPosition()).toBe(all[1].position);
  });

  it('reports a conflict with the version the stream is actually at', async () => {
    const s = stream();
    await store.append(s, newEvents(randomUUID(), 2), 'no_stream');
    const conflict = await store.append(s, newEvents(randomUUID(), 1), 5).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ConcurrencyConflict);
    expect(conflict).toMatchObject({ expected: '5', actual: 2 });
  });

  it('returns the position of the last appended event as reads report it', async () => {
    const s = stream();
    const result = await store.append(s, newEvents(randomUUID(), 3), 'no_stream');
    const all = await store.readAll(0n, 10);
    expect(result.position).toBe(all[2].position);
  });

  it('reports a retry that raced its original past the lookup as not appended, as the server wrote nothing', async () => {
    const s = stream();
    await store.append(s, newEvents(randomUUID(), 1), 'no_stream');
    const other = openStore(server);
    try {
      const events = newEvents(randomUUID(), 2);
      const lookups = server.holdStreamReads(2);
      const appends = Promise.all([store.append(s, events, 1), other.append(s, events, 1)]);
      await lookups.arrived;
      lookups.release();
      const outcomes = await appends;
      expect(outcomes.map((o) => o.appended).sort()).toEqual([false, true]);
      expect(outcomes[0]).toEqual({ ...outcomes[1], appended: outcomes[0].appended });
      expect(server.log.stream(s)).toHaveLength(3);
    } finally {
      await other.close();
    }
  });

  it('answers a multi-stream retry that raced its original past the replay lookup as a replay, written once', async () => {
    const [conversation, agent] = [stream(), stream()];
    await store.append(agent, newEvents(randomUUID(), 1, { stream: agent }), 'no_stream');
    const other = openStore(server);
    try {
      const take = commandAppends(randomUUID(), [[conversation, 'no_stream'], [agent, 1]]);
      const lookups = server.holdStreamReads(2);
      const appends = Promise.all([store.appendToStreams(take), other.appendToStreams(take)]);
      await lookups.arrived;
      lookups.release();
      const outcomes = await appends;
      expect(outcomes.map((o) => o.appended).sort()).toEqual([false, true]);
      expect(outcomes[0]).toEqual({ ...outcomes[1], appended: outcomes[0].appended });
      expect([server.log.stream(conversation), server.log.stream(agent)].map((events) => events.length)).toEqual([1, 2]);
    } finally {
      await other.close();
    }
  });

  it('carries our metadata through the multi-stream append as one string property, read back whole', async () => {
    const [a, b] = [stream(), stream()];
    const appends = commandAppends(randomUUID(), [[a, 'no_stream'], [b, 'no_stream']], 'take');
    await store.appendToStreams(appends);
    expect((await store.readStream(b))[0].metadata).toMatchObject(appends[1].events[0].metadata);
    expect((await store.readAll(0n, 10)).map((event) => event.metadata)).toMatchObject(appends.map((append) => append.events[0].metadata));
  });

  it('reads a truncated stream with the versions its events had', async () => {
    const s = stream();
    await store.append(s, newEvents(randomUUID(), 3), 'no_stream');
    server.log.truncateBefore(s, 2n);
    expect((await store.readStream(s)).map((event) => event.streamVersion)).toEqual([3]);
    expect(await store.append(s, newEvents(randomUUID(), 1), 3)).toMatchObject({ nextVersion: 4, appended: true });
  });

  it('resubscribes after the server drops the subscription and misses nothing', async () => {
    const s = stream();
    await store.append(s, newEvents(randomUUID(), 2), 'no_stream');
    const subscription = store.subscribe(0n);
    const iterator = subscription[Symbol.asyncIterator]();
    try {
      const seen: RecordedEvent[] = [];
      while (seen.length < 2) seen.push(...((await iterator.next()).value ?? []));
      server.dropSubscriptions();
      await store.append(s, newEvents(randomUUID(), 1), 2);
      await store.append(s, newEvents(randomUUID(), 1), 3);
      while (seen.length < 4) seen.push(...((await iterator.next()).value ?? []));
      expect(seen.map((event) => event.streamVersion)).toEqual([1, 2, 3, 4]);
    } finally {
      await subscription.close();
    }
  });
});
