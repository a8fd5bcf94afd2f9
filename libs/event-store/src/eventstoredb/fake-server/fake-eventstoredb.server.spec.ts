import { BACKWARDS, END, jsonEvent, KurrentDBClient, StreamDeletedError, StreamTombstonedError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { randomUUID } from 'node:crypto';
import { FakeEventStoreDbServer } from './fake-eventstoredb.server';

/** The real server's behaviour the adapter depends on, held by the fake, through the real client. */
describe('the fake KurrentDB server', () => {
  let server: FakeEventStoreDbServer;
  let client: KurrentDBClient;
  const stream = (): string => `contract-fake.${randomUUID()}`;
  const events = (count: number) => Array.from({ length: count }, (_, i) => jsonEvent({ id: randomUUID(), type: 'T', data: { i } }));
  const revisions = async (name: string): Promise<bigint[]> => {
    const read: bigint[] = [];
    for await (const resolved of client.readStream(name)) read.push(resolved.event?.revision ?? -1n);
    return read;
  };

  beforeEach(async () => {
    server = await FakeEventStoreDbServer.start();
    client = KurrentDBClient.connectionString(server.connectionString.replace('esdb://', 'kurrentdb://'));
  });
  afterEach(async () => {
    await client.dispose();
    await server.stop();
  });

  it('answers the same event ids at the same expected revision with success, no position, and appends nothing', async () => {
    const s = stream();
    await client.appendToStream(s, events(1), { streamState: 'no_stream' });
    const retried = events(2);
    const first = await client.appendToStream(s, retried, { streamState: 0n });
    const again = await client.appendToStream(s, retried, { streamState: 0n });
    expect(first).toMatchObject({ success: true, nextExpectedRevision: 2n });
    expect(again).toEqual({ success: true, nextExpectedRevision: 2n, position: undefined });
    expect(await revisions(s)).toEqual([0n, 1n, 2n]);
  });

  it('refuses other event ids, or the same ids at another revision, as a wrong expected version', async () => {
    const s = stream();
    await client.appendToStream(s, events(1), { streamState: 'no_stream' });
    const second = events(1);
    await client.appendToStream(s, second, { streamState: 0n });
    await expect(client.appendToStream(s, events(1), { streamState: 0n })).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(client.appendToStream(s, second, { streamState: 'no_stream' })).rejects.toMatchObject({ actualState: 1n });
  });

  it('refuses reads of and writes to a tombstoned stream', async () => {
    const s = stream();
    await client.appendToStream(s, events(1), { streamState: 'no_stream' });
    server.log.tombstone(s);
    await expect(revisions(s)).rejects.toBeInstanceOf(StreamDeletedError);
    await expect(client.appendToStream(s, events(1), { streamState: 0n })).rejects.toBeInstanceOf(StreamDeletedError);
  });

  it('refuses a malformed append and writes nothing', async () => {
    const s = stream();
    const malformed = jsonEvent({ id: 'not-a-uuid', type: 'T', data: {} });
    await expect(client.appendToStream(s, [malformed], { streamState: 'no_stream' })).rejects.toThrow(/not a UUID/);
    expect(server.log.stream(s)).toBe('not_found');
  });

  describe('multi-stream append (v2 AppendSession)', () => {
    it('writes every stream and reports each revision and one position', async () => {
      const [a, b] = [stream(), stream()];
      await client.appendToStream(b, events(2), { streamState: 'no_stream' });
      const result = await client.multiStreamAppend([
        { streamName: a, events: events(2), expectedState: 'no_stream' },
        { streamName: b, events: events(1), expectedState: 1n },
      ]);
      expect(result.responses).toEqual([{ streamName: a, revision: 1n }, { streamName: b, revision: 2n }]);
      expect(result.position).toBeGreaterThan(0n);
      expect([await revisions(a), await revisions(b)]).toEqual([[0n, 1n], [0n, 1n, 2n]]);
    });

    it('writes nothing when one stream is at another revision, and says which, as the client decodes it', async () => {
      const [a, b] = [stream(), stream()];
      await client.appendToStream(b, events(1), { streamState: 'no_stream' });
      const refused = client.multiStreamAppend([
        { streamName: a, events: events(1), expectedState: 'no_stream' },
        { streamName: b, events: events(1), expectedState: 'no_stream' },
      ]);
      await expect(refused).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(refused).rejects.toMatchObject({ streamName: b, expectedState: 'no_stream', actualState: 0n });
      expect(server.log.stream(a)).toBe('not_found');
      expect(await revisions(b)).toEqual([0n]);
    });

    it('does not take the same event ids again as a retry: with any it writes them twice', async () => {
      const a = stream();
      const same = events(1);
      await client.multiStreamAppend([{ streamName: a, events: same, expectedState: 'any' }]);
      await client.multiStreamAppend([{ streamName: a, events: same, expectedState: 'any' }]);
      expect(await revisions(a)).toEqual([0n, 1n]);
    });

    it('keeps the properties as the JSON metadata of the events', async () => {
      const a = stream();
      const event = jsonEvent({ id: randomUUID(), type: 'T', data: { i: 1 }, metadata: { source: 'test' } });
      await client.multiStreamAppend([{ streamName: a, events: [event], expectedState: 'no_stream' }]);
      const read = [];
      for await (const resolved of client.readStream(a)) read.push(resolved.event);
      expect(read).toMatchObject([{ type: 'T', data: { i: 1 }, metadata: { source: 'test' } }]);
    });

    it('refuses a stream named twice and a tombstoned stream, writing nothing', async () => {
      const [a, dead] = [stream(), stream()];
      const twice = client.multiStreamAppend([
        { streamName: a, events: events(1), expectedState: 'any' },
        { streamName: a, events: events(1), expectedState: 'any' },
      ]);
      await expect(twice).rejects.toThrow(/already part of this append session/);
      await client.appendToStream(dead, events(1), { streamState: 'no_stream' });
      server.log.tombstone(dead);
      const toDead = client.multiStreamAppend([
        { streamName: a, events: events(1), expectedState: 'any' },
        { streamName: dead, events: events(1), expectedState: 'any' },
      ]);
      await expect(toDead).rejects.toBeInstanceOf(StreamTombstonedError);
      expect(server.log.stream(a)).toBe('not_found');
    });
  });

  it('reads a truncated stream from its truncation point, keeping the revisions', async () => {
    const s = stream();
    await client.appendToStream(s, events(3), { streamState: 'no_stream' });
    server.log.truncateBefore(s, 2n);
    expect(await revisions(s)).toEqual([2n]);
    const newest: bigint[] = [];
    for await (const resolved of client.readStream(s, { direction: BACKWARDS, fromRevision: END })) newest.push(resolved.event?.revision ?? -1n);
    expect(newest).toEqual([2n]);
    expect(await client.appendToStream(s, events(1), { streamState: 2n })).toMatchObject({ nextExpectedRevision: 3n });
  });
});
