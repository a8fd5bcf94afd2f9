import { CONVERSATION_EVENT_TYPES } from '@handoff/domain';
import { SqliteEventStore } from '@handoff/event-store';
import { fieldOf } from '@handoff/read-store';
import { Projection } from '../projection';
import {
  ALL_PROJECTIONS, conversationsProjection, TransferHistoryDocument, transferHistoryProjection, TransferReasonDocument, transferReasonsProjection,
} from '../read-models';
import { appendAll, generateAppends, tenantsOf } from '../testing/event-generator';
import { caughtUp, dumpReadModels, SqliteFiles, waitUntil } from '../testing/read-model-fixture';
import { recorded, toNewEvent } from '../testing/recorded';

const TENANTS = tenantsOf({});

describe('Projector on SQLite', () => {
  let files: SqliteFiles;

  beforeEach(() => {
    files = new SqliteFiles();
  });

  afterEach(() => files.cleanup());

  async function generatedLog(events: number, seed: number): Promise<SqliteEventStore> {
    const eventStore = files.eventStore();
    await appendAll(eventStore, generateAppends({ seed, events }));
    return eventStore;
  }

  it('builds the same read models when batches it already applied are applied again', async () => {
    const eventStore = await generatedLog(4000, 1);
    const readStore = files.readStore();
    const first = files.projector(eventStore, readStore, ALL_PROJECTIONS, { batchSize: 100 });
    await first.start();
    await caughtUp(first, eventStore);
    const once = await dumpReadModels(readStore, ALL_PROJECTIONS, TENANTS);
    await first.stop();

    // Each projection back to an earlier checkpoint over documents that already show what follows it: the batches
    // after it are delivered again (at-least-once) and must change nothing.
    const head = await eventStore.headPosition();
    for (const [index, projection] of ALL_PROJECTIONS.entries()) {
      const [serving] = await readStore.generations(projection.name);
      await readStore.acquireLease(projection.name, 'rewinder', 1000);
      const checkpoint = ((head * BigInt(index)) / BigInt(ALL_PROJECTIONS.length)).toString();
      await readStore.commit({ projection: projection.name, generation: serving.generation, checkpoint, writes: [], owner: 'rewinder' });
      await readStore.releaseLease(projection.name, 'rewinder');
    }
    const second = files.projector(eventStore, readStore, ALL_PROJECTIONS, { batchSize: 37 });
    await second.start();
    await caughtUp(second, eventStore);

    expect(await dumpReadModels(readStore, ALL_PROJECTIONS, TENANTS)).toEqual(once);
    expect(once.conversations.length).toBeGreaterThan(100_000);
  });

  it('dead-letters an event a projection cannot apply, goes on past it, and applies it once fixed', async () => {
    const eventStore = files.eventStore();
    const readStore = files.readStore();
    let broken = true;
    const fragile: Projection<TransferReasonDocument> = {
      ...transferReasonsProjection,
      name: 'fragile-reasons',
      collection: { ...transferReasonsProjection.collection, name: 'fragile-reasons' },
      async apply(event, documents) {
        if (broken && event.data.name === 'Poison') throw new Error('cannot digest Poison');
        await transferReasonsProjection.apply(event, documents);
      },
    };
    const positions: bigint[] = [];
    for (const [index, name] of ['Billing', 'Poison', 'Technical'].entries()) {
      const event = recorded('TransferReasonDefined', { reasonId: `r${index}`, name }, { position: index + 1 });
      positions.push((await eventStore.append(event.stream, [toNewEvent(event)], 'no_stream')).position);
    }
    const projector = files.projector(eventStore, readStore, [fragile]);
    await projector.start();
    await caughtUp(projector, eventStore);

    expect(projector.deadLettered).toBe(1);
    expect(await readStore.deadLetters('fragile-reasons')).toEqual([
      expect.objectContaining({ position: positions[1].toString(), eventType: 'TransferReasonDefined', error: 'cannot digest Poison' }),
    ]);
    expect((await readStore.getMany('fragile-reasons', 'acme', ['r0', 'r1', 'r2'])).map((r) => fieldOf(r, 'name'))).toEqual(['Billing', 'Technical']);

    broken = false;

    expect(await projector.retryDeadLetters()).toMatchObject({ applied: 1, skipped: 0, failed: 0, remaining: 0 });
    expect(await readStore.get('fragile-reasons', 'acme', 'r1')).toMatchObject({ name: 'Poison', active: true });
    expect(await readStore.deadLetters()).toEqual([]);
  });

  it('rebuilds a projection whose version changed into a new generation while the old one serves, then swaps', async () => {
    const eventStore = await generatedLog(2000, 3);
    const readStore = files.readStore();
    const v1: Projection<TransferReasonDocument> = { ...transferReasonsProjection, version: 1 };
    const old = files.projector(eventStore, readStore, [v1]);
    await old.start();
    await caughtUp(old, eventStore);
    await old.stop();
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const v2: Projection<TransferReasonDocument> = {
      ...v1,
      version: 2,
      async apply(event, documents) {
        await gate;
        await v1.apply(event, documents);
        const reason = await documents.get(event.metadata.tenantId, String(event.data.reasonId));
        if (reason) documents.put({ ...reason, name: String(reason.name).toUpperCase() });
      },
    };
    const api = files.readStore();
    await api.init([v2.collection]);
    const projector = files.projector(eventStore, readStore, [v2]);
    await projector.start();
    await waitUntil('the rebuild started', () => projector.status()[0].building !== undefined);

    expect(await api.get('transfer-reasons', TENANTS[0], 'reason-1')).toMatchObject({ name: expect.stringMatching(/^Reason reason-1/) });
    expect((await readStore.generations('transfer-reasons')).map((g) => [g.version, g.active])).toEqual([[1, true], [2, false]]);

    open();
    await projector.whenBuilt();

    expect(await api.get('transfer-reasons', TENANTS[0], 'reason-1')).toMatchObject({ name: expect.stringMatching(/^REASON REASON-1/) });
    expect(await readStore.generations('transfer-reasons')).toEqual([
      expect.objectContaining({ generation: 2, version: 2, active: true, checkpoint: (await eventStore.headPosition()).toString() }),
    ]);
    expect(projector.status()[0]).toMatchObject({ generation: 2, version: 2 });
  });

  it('rebuilds the projections it is asked to, and they serve the same read models', async () => {
    const eventStore = await generatedLog(2000, 4);
    const readStore = files.readStore();
    const projector = files.projector(eventStore, readStore, ALL_PROJECTIONS);
    await projector.start();
    await caughtUp(projector, eventStore);
    const before = await dumpReadModels(readStore, ALL_PROJECTIONS, TENANTS);

    await projector.requestRebuild(['conversations', 'agents']);
    await projector.whenBuilt();

    expect(projector.status().map((s) => [s.projection, s.generation])).toEqual(
      ALL_PROJECTIONS.map((p) => [p.name, ['conversations', 'agents'].includes(p.name) ? 2 : 1]),
    );
    expect(await dumpReadModels(readStore, ALL_PROJECTIONS, TENANTS)).toEqual(before);
    await expect(projector.requestRebuild(['nonsense'])).rejects.toThrow('unknown projection(s): nonsense');
  });

  it('refuses to rebuild a projection another projector writes', async () => {
    const eventStore = await generatedLog(200, 5);
    const readStore = files.readStore();
    const holder = files.projector(eventStore, readStore, ALL_PROJECTIONS, { owner: 'holder' });
    await holder.start();
    const other = files.projector(eventStore, files.readStore(), ALL_PROJECTIONS, { owner: 'other' });
    await other.start();

    expect(other.status().every((s) => !s.owned)).toBe(true);
    await expect(other.requestRebuild(['conversations'])).rejects.toThrow('conversations are written by another projector');
    expect(await readStore.generations('conversations')).toHaveLength(1);
  });

  it('builds a generation another process created while it holds the lease, and swaps it in', async () => {
    const eventStore = await generatedLog(500, 7);
    const readStore = files.readStore();
    const holder = files.projector(eventStore, readStore, ALL_PROJECTIONS, { owner: 'holder', leaseTtlMs: 300 });
    await holder.start();
    await caughtUp(holder, eventStore);
    const before = await dumpReadModels(readStore, ALL_PROJECTIONS, TENANTS);

    const rebuildCommand = files.readStore();
    await rebuildCommand.init(ALL_PROJECTIONS.map((p) => p.collection));
    const requested = await rebuildCommand.createGeneration('conversations', conversationsProjection.version);
    await waitUntil('the requested generation serves', async () =>
      (await readStore.generations('conversations')).every((g) => g.active && g.generation === requested.generation),
    );

    expect(await dumpReadModels(readStore, ALL_PROJECTIONS, TENANTS)).toEqual(before);
  });

  it('projects a projection it takes over mid-flight from that projection\'s checkpoint, not from the batch in hand', async () => {
    const eventStore = await generatedLog(3000, 6);
    const readStore = files.readStore();
    await readStore.acquireLease('conversations', 'gone', 60_000);
    // Slow inside the second page of the subscription, so the take-over lands while that page is being applied.
    const slowHistory: Projection<TransferHistoryDocument> = {
      ...transferHistoryProjection,
      eventTypes: new Set(CONVERSATION_EVENT_TYPES),
      async apply(event, documents) {
        if (event.position > 1000n && event.position <= 2000n) await new Promise((resolve) => setTimeout(resolve, 1));
        await transferHistoryProjection.apply(event, documents);
      },
    };
    const projector = files.projector(eventStore, readStore, [slowHistory, conversationsProjection], { batchSize: 5, leaseTtlMs: 150 });
    await projector.start();
    await waitUntil('the second page is under way', () => projector.status()[0].position > 1100n);

    await readStore.releaseLease('conversations', 'gone');
    await caughtUp(projector, eventStore);

    const fresh = files.readStore('fresh.db');
    const rebuild = files.projector(eventStore, fresh, [conversationsProjection]);
    await rebuild.start();
    await caughtUp(rebuild, eventStore);
    const [taken, rebuilt] = await Promise.all([readStore, fresh].map((store) => dumpReadModels(store, [conversationsProjection], TENANTS)));
    expect(taken).toEqual(rebuilt);
  });
});
