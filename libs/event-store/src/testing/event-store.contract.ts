import { ConcurrencyConflict } from '@handoff/domain';
import { randomUUID } from 'node:crypto';
import { eventIdFor } from '../event-id';
import { EventStore, NewEvent, Position, RecordedEvent } from '../event-store.port';
import { describeMultiAppendContract } from './multi-append.contract';
import { describeHashChainContract } from './hash-chain.contract';

/** Opens connections to one underlying store; each open() is a new connection (client, file handle). */
export interface EventStoreFixture {
  open(): Promise<EventStore>;
  cleanup(): Promise<void>;
}

export interface ContractOptions {
  /** When set, every test is skipped and this line is printed once. */
  skipReason?: string;
}

/** Where the command ran and what it was; a command's event ids depend on its scope (tenant, stream). */
export interface TestCommand {
  tenantId?: string;
  stream?: string;
  commandHash?: string;
}

export function newEvents(commandId: string, count: number, command: TestCommand = {}): NewEvent[] {
  const { tenantId = 'contract', stream = 'contract', commandHash } = command;
  return Array.from({ length: count }, (_, index) => ({
    eventId: eventIdFor({ tenantId, stream, commandId }, index),
    type: 'TestHappened',
    data: { index, text: `event ${index} of ${commandId}` },
    metadata: {
      tenantId,
      actor: { id: 'tester', role: 'ADMIN' },
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
      commandId,
      correlationId: `corr-${commandId}`,
      causationId: commandId,
      schemaVersion: 1,
      ...(commandHash === undefined ? {} : { commandHash }),
    },
  }));
}

const firstEventId = (commandId: string): string => newEvents(commandId, 1)[0].eventId;

const ANOTHER_COMMAND = { code: 'BAD_USER_INPUT', field: 'input.commandId', message: expect.stringContaining('already used for another command') };

async function takeBatches(iterator: AsyncIterator<RecordedEvent[]>, count: number): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  while (events.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    events.push(...next.value);
  }
  return events;
}

/** The behaviour every EventStore adapter must have. Stream names are unique per test, so a shared server works. */
export function describeEventStoreContract(
  name: string,
  makeFixture: () => Promise<EventStoreFixture>,
  options: ContractOptions = {},
): void {
  const suite = options.skipReason ? describe.skip : describe;
  if (options.skipReason) {
    describe(`${name} event store contract`, () => {
      it.skip(options.skipReason ?? '', () => undefined);
    });
    // Straight to stdout, not through jest's console buffer, which a fully skipped suite does not print.
    process.stdout.write(`${options.skipReason}\n`);
    return;
  }

  suite(`${name} event store contract`, () => {
    let fixture: EventStoreFixture;
    let store: EventStore;
    const stream = (label: string): string => `contract-${label}.${randomUUID()}`;

    beforeEach(async () => {
      fixture = await makeFixture();
      store = await fixture.open();
    });
    afterEach(async () => {
      await store.close();
      await fixture.cleanup();
    });

    it('appends events and reads them back in stream order with metadata', async () => {
      const s = stream('read');
      const events = newEvents(randomUUID(), 3);
      const result = await store.append(s, events, 'no_stream');
      expect(result).toMatchObject({ nextVersion: 3, appended: true });
      const read = await store.readStream(s);
      expect(read.map((e) => [e.eventId, e.type, e.streamVersion])).toEqual(
        events.map((e, i) => [e.eventId, e.type, i + 1]),
      );
      expect(read[2].data).toEqual(events[2].data);
      expect(read[0].metadata).toMatchObject(events[0].metadata);
      expect(read[2].position).toBe(result.position);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await store.readStream(stream('none'))).toEqual([]);
    });

    it('reads only the events after a version when asked', async () => {
      const s = stream('tail');
      await store.append(s, newEvents(randomUUID(), 3), 'no_stream');
      await store.append(s, newEvents(randomUUID(), 2), 3);
      expect((await store.readStream(s, 3)).map((e) => e.streamVersion)).toEqual([4, 5]);
      expect((await store.readStream(s, 5)).map((e) => e.streamVersion)).toEqual([]);
      expect((await store.readStream(s, 0)).map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5]);
      expect(await store.readStream(stream('none'), 2)).toEqual([]);
    });

    it('accepts no_stream only for a stream that does not exist', async () => {
      const s = stream('nostream');
      await store.append(s, newEvents(randomUUID(), 1), 'no_stream');
      await expect(store.append(s, newEvents(randomUUID(), 1), 'no_stream')).rejects.toBeInstanceOf(ConcurrencyConflict);
    });

    it('accepts an exact version only when the stream is at it', async () => {
      const s = stream('exact');
      await store.append(s, newEvents(randomUUID(), 2), 'no_stream');
      await expect(store.append(s, newEvents(randomUUID(), 1), 1)).rejects.toBeInstanceOf(ConcurrencyConflict);
      await expect(store.append(s, newEvents(randomUUID(), 1), 3)).rejects.toBeInstanceOf(ConcurrencyConflict);
      expect(await store.append(s, newEvents(randomUUID(), 1), 2)).toMatchObject({ nextVersion: 3 });
    });

    it('accepts any version with any', async () => {
      const s = stream('any');
      await store.append(s, newEvents(randomUUID(), 1), 'any');
      expect(await store.append(s, newEvents(randomUUID(), 1), 'any')).toMatchObject({ nextVersion: 2 });
    });

    it('writes nothing when the expected version does not hold', async () => {
      const s = stream('refused');
      await store.append(s, newEvents(randomUUID(), 1), 'no_stream');
      await expect(store.append(s, newEvents(randomUUID(), 2), 0)).rejects.toBeInstanceOf(ConcurrencyConflict);
      expect(await store.readStream(s)).toHaveLength(1);
    });

    it('returns the original outcome and appends nothing when a command is retried', async () => {
      const s = stream('retry');
      const commandId = randomUUID();
      const first = await store.append(s, newEvents(commandId, 2), 'no_stream');
      const retry = await store.append(s, newEvents(commandId, 2), 'no_stream');
      expect(retry).toEqual({ ...first, appended: false });
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('recognises a retry after other events were appended to the stream', async () => {
      const s = stream('retry-later');
      const commandId = randomUUID();
      const first = await store.append(s, newEvents(commandId, 1), 0);
      await store.append(s, newEvents(randomUUID(), 1), 1);
      const retry = await store.append(s, newEvents(commandId, 1), 0);
      expect(retry).toEqual({ ...first, appended: false });
      expect(await store.findAppend(s, firstEventId(commandId))).toEqual({ ...first, appended: false });
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('refuses a command id reused for another command on the stream, and writes nothing', async () => {
      const s = stream('reused');
      const commandId = randomUUID();
      const first = await store.append(s, newEvents(commandId, 1, { commandHash: 'assign a' }), 'no_stream');
      const reused = newEvents(commandId, 1, { commandHash: 'assign b' });
      await expect(store.append(s, reused, 1)).rejects.toMatchObject(ANOTHER_COMMAND);
      await expect(store.append(s, reused, 'no_stream')).rejects.toMatchObject(ANOTHER_COMMAND);
      await expect(store.findAppend(s, reused[0].eventId, 'assign b')).rejects.toMatchObject(ANOTHER_COMMAND);
      expect(await store.findAppend(s, reused[0].eventId, 'assign a')).toEqual({ ...first, appended: false });
      expect(await store.append(s, newEvents(commandId, 1, { commandHash: 'assign a' }), 1)).toEqual({ ...first, appended: false });
      expect(await store.readStream(s)).toHaveLength(1);
    });

    it('keeps the same command id of two tenants and of two streams apart', async () => {
      const commandId = randomUUID();
      const scopes = [
        { tenantId: 't1', stream: stream('tenant-1') },
        { tenantId: 't2', stream: stream('tenant-2') },
        { tenantId: 't1', stream: stream('tenant-1-other') },
      ];
      for (const scope of scopes) {
        const events = newEvents(commandId, 2, { ...scope, commandHash: 'open' });
        expect(await store.append(scope.stream, events, 'no_stream')).toMatchObject({ appended: true, nextVersion: 2 });
      }
      const ids = await Promise.all(scopes.map(async ({ stream: s }) => (await store.readStream(s)).map((e) => e.eventId)));
      expect(new Set(ids.flat()).size).toBe(6);
    });

    it('finds no append for an unknown event id', async () => {
      expect(await store.findAppend(stream('unknown'), firstEventId(randomUUID()))).toBeNull();
    });

    it('reads all events in global order across streams, paged', async () => {
      const head = await store.headPosition();
      const a = stream('all-a');
      const b = stream('all-b');
      await store.append(a, newEvents(randomUUID(), 2), 'no_stream');
      await store.append(b, newEvents(randomUUID(), 1), 'no_stream');
      await store.append(a, newEvents(randomUUID(), 1), 2);
      const all = (await store.readAll(head, 100)).filter((e) => e.stream === a || e.stream === b);
      expect(all.map((e) => `${e.stream === a ? 'a' : 'b'}${e.streamVersion}`)).toEqual(['a1', 'a2', 'b1', 'a3']);
      const positions = all.map((e) => e.position);
      expect([...positions].sort(comparePositions)).toEqual(positions);
      const firstPage = await store.readAll(head, 2);
      const secondPage = await store.readAll(firstPage[1].position, 2);
      expect([...firstPage, ...secondPage].map((e) => e.eventId)).toEqual(all.map((e) => e.eventId));
      expect(await store.headPosition()).toBe(all[3].position);
    });

    it("reads one tenant's events of the whole log, in global order, paged", async () => {
      const head = await store.headPosition();
      const [mine, other] = [`t${randomUUID().slice(0, 8)}`, `t${randomUUID().slice(0, 8)}`];
      const ofTenant = (tenantId: string, label: string): string => `contract-${tenantId}.${label}-${randomUUID()}`;
      const streams = [ofTenant(mine, 'a'), ofTenant(other, 'a'), ofTenant(mine, 'b'), ofTenant(`${mine}x`, 'c'), ofTenant(other, 'b')];
      for (const s of streams) await store.append(s, newEvents(randomUUID(), 2), 'no_stream');
      const expected = [streams[0], streams[0], streams[2], streams[2]];
      const all = await store.readAll(head, 100, { tenantId: mine });
      expect(all.map((e) => e.stream)).toEqual(expected);
      const firstPage = await store.readAll(head, 3, { tenantId: mine });
      const secondPage = await store.readAll(firstPage[2].position, 3, { tenantId: mine });
      expect([...firstPage, ...secondPage].map((e) => e.eventId)).toEqual(all.map((e) => e.eventId));
      expect(await store.readAll(all[3].position, 10, { tenantId: mine })).toEqual([]);
    });

    it('catches up a subscription, then delivers live appends', async () => {
      const head = await store.headPosition();
      const s = stream('sub');
      await store.append(s, newEvents(randomUUID(), 2), 'no_stream');
      const subscription = store.subscribe(head);
      const iterator = subscription[Symbol.asyncIterator]();
      try {
        const caughtUp = await takeBatches(iterator, 2);
        expect(caughtUp.filter((e) => e.stream === s).map((e) => e.streamVersion)).toEqual([1, 2]);
        const writer = await fixture.open();
        await writer.append(s, newEvents(randomUUID(), 1), 2);
        await writer.close();
        const live = await takeBatches(iterator, 1);
        expect(live.map((e) => [e.stream, e.streamVersion])).toEqual([[s, 3]]);
      } finally {
        await subscription.close();
      }
    });

    it('lets exactly one of two connections win a race for the same version', async () => {
      const s = stream('race');
      await store.append(s, newEvents(randomUUID(), 1), 'no_stream');
      const other = await fixture.open();
      try {
        const outcomes = await Promise.allSettled([
          store.append(s, newEvents(randomUUID(), 1), 1),
          other.append(s, newEvents(randomUUID(), 1), 1),
        ]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        expect(rejected.reason).toBeInstanceOf(ConcurrencyConflict);
        expect(await store.readStream(s)).toHaveLength(2);
      } finally {
        await other.close();
      }
    });

    it('appends a command once when its retry races the original on another connection', async () => {
      const s = stream('retry-race');
      await store.append(s, newEvents(randomUUID(), 1), 'no_stream');
      const other = await fixture.open();
      try {
        const events = newEvents(randomUUID(), 2);
        const outcomes = await Promise.all([store.append(s, events, 1), other.append(s, events, 1)]);
        expect(outcomes.map((o) => o.appended).sort()).toEqual([false, true]);
        expect(outcomes.map((o) => [o.nextVersion, o.position])).toEqual([
          [3, outcomes[0].position],
          [3, outcomes[0].position],
        ]);
        expect(await store.readStream(s)).toHaveLength(3);
      } finally {
        await other.close();
      }
    });

    it('gives each of many concurrent appends on one connection its own version check', async () => {
      const s = stream('group');
      await store.append(s, newEvents(randomUUID(), 1), 'no_stream');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, () => store.append(s, newEvents(randomUUID(), 1), 1)),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('keeps the events after the store is closed and opened again', async () => {
      const s = stream('durable');
      const events = newEvents(randomUUID(), 2);
      await store.append(s, events, 'no_stream');
      await store.close();
      store = await fixture.open();
      expect((await store.readStream(s)).map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
    });

    describeMultiAppendContract(() => store, () => fixture.open());
    describeHashChainContract(() => store);
  });
}

export function comparePositions(a: Position, b: Position): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
