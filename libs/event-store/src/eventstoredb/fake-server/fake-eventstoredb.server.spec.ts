import { BACKWARDS, END, jsonEvent, KurrentDBClient, StreamDeletedError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
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
