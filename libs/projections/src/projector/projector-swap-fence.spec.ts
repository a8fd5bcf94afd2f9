import { conversationsProjection } from '../read-models';
import { appendAll, generateAppends, tenantsOf } from '../testing/event-generator';
import { Gate, gated } from '../testing/store-faults';
import { caughtUp, dumpReadModels, SqliteFiles, waitUntil } from '../testing/read-model-fixture';

const TENANTS = tenantsOf({});
const PROJECTIONS = [conversationsProjection];
const LEASE_TTL_MS = 200;

describe('Projector paused past its lease', () => {
  let files: SqliteFiles;
  let gate: Gate | undefined;

  beforeEach(() => {
    files = new SqliteFiles();
  });

  afterEach(async () => {
    gate?.open();
    await files.cleanup();
  });

  async function takeOver(owner: string): Promise<ReturnType<SqliteFiles['projector']>> {
    const eventStore = files.eventStore();
    const projector = files.projector(eventStore, files.readStore(), PROJECTIONS, { owner, leaseTtlMs: LEASE_TTL_MS });
    await projector.start();
    await waitUntil(`${owner} holds the lease`, () => projector.status()[0].owned);
    await caughtUp(projector, eventStore);
    return projector;
  }

  it('cannot swap in its generation once another projector holds the lease and serves a newer one', async () => {
    const eventStore = files.eventStore();
    await appendAll(eventStore, generateAppends({ seed: 61, events: 600 }));
    gate = gated(files.readStore(), 'activateGeneration', () => true);
    const paused = files.projector(eventStore, gate.store, PROJECTIONS, { owner: 'paused', leaseTtlMs: LEASE_TTL_MS });
    await paused.start();
    await caughtUp(paused, eventStore);
    void paused.requestRebuild();
    await gate.reached;

    const holder = await takeOver('holder');
    await holder.requestRebuild();
    await holder.whenBuilt();
    const readStore = files.readStore();
    await readStore.init(PROJECTIONS.map((p) => p.collection));
    const serving = await readStore.generations('conversations');
    const before = await dumpReadModels(readStore, PROJECTIONS, TENANTS);

    gate.open();
    const outcome = await gate.settled;

    expect(outcome).toMatchObject({ ok: false, error: { message: expect.stringMatching(/lease is held by another projector/) } });
    expect(await readStore.generations('conversations')).toEqual(serving);
    expect(serving).toEqual([expect.objectContaining({ generation: 3, active: true })]);
    expect(await dumpReadModels(readStore, PROJECTIONS, TENANTS)).toEqual(before);
  });

  it('drops the build it had in hand when it holds the lease again, so the serving generation never goes back', async () => {
    const eventStore = files.eventStore();
    await appendAll(eventStore, generateAppends({ seed: 62, events: 600 }));
    const head = await eventStore.headPosition();
    gate = gated(files.readStore(), 'commit', (commit) => commit.generation === 2);
    const paused = files.projector(eventStore, gate.store, PROJECTIONS, { owner: 'paused', leaseTtlMs: LEASE_TTL_MS, rebuildBatchSize: 50 });
    await paused.start();
    await caughtUp(paused, eventStore);
    void paused.requestRebuild();
    await gate.reached;

    const holder = await takeOver('holder');
    await holder.whenBuilt();
    await holder.stop();
    const readStore = files.readStore();
    const from = (await readStore.changesAfter(0, 100_000)).at(-1)?.sequence ?? 0;

    gate.open();
    await gate.settled;
    await caughtUp(paused, eventStore);

    const checkpoints = (await readStore.changesAfter(from, 100_000)).map((change) => BigInt(change.checkpoint));
    expect(checkpoints.filter((checkpoint) => checkpoint < head)).toEqual([]);
    expect(await readStore.generations('conversations')).toEqual([
      expect.objectContaining({ generation: 2, active: true, checkpoint: head.toString() }),
    ]);
  });
});
