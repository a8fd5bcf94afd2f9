import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '../read-models';
import { appendAll, generateAppends, tenantsOf } from '../testing/event-generator';
import { CHILD_LEASE_TTL_MS } from '../testing/projector-child';
import { caughtUp, dumpReadModels, SqliteFiles } from '../testing/read-model-fixture';

const TENANTS = tenantsOf({});
const CHILD = join(__dirname, '..', 'testing', 'projector-child.ts');
const SWC_REGISTER = join(__dirname, '..', '..', '..', '..', 'scripts', 'swc-register.js');
const CRASH_TIMEOUT_MS = 180_000;

/** Children still alive when a test ends (it failed or timed out) are killed, so that jest can exit. */
const running = new Set<ChildProcess>();

interface ChildProgress {
  live: bigint;
  building: bigint | null;
}

/** Starts the projector child and kills it with SIGKILL as soon as `killWhen` holds; resolves once it is dead. */
async function crashChild(path: string, mode: 'follow' | 'rebuild', killWhen: (progress: ChildProgress) => boolean): Promise<void> {
  const child: ChildProcess = fork(CHILD, [path, `doomed-${mode}`, mode], { execArgv: ['-r', SWC_REGISTER], stdio: 'pipe' });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { live?: string; building?: string | null }) => {
      if (message.live === undefined || child.killed) return;
      const progress = { live: BigInt(message.live), building: message.building ? BigInt(message.building) : null };
      if (killWhen(progress)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`the child ended on its own (${code}): ${stderr}`)),
    );
  });
}

describe('Projector after a crash', () => {
  let files: SqliteFiles;

  beforeEach(() => {
    files = new SqliteFiles();
  });

  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
    files.cleanup();
  });

  /** Restarts on the crashed file and rebuilds from scratch into a fresh one: both must hold the same documents. */
  async function expectRecoveryEqualsRebuild(): Promise<void> {
    const eventStore = files.eventStore();
    const readStore = files.readStore();
    const restarted = files.projector(eventStore, readStore, ALL_PROJECTIONS, { leaseTtlMs: CHILD_LEASE_TTL_MS });
    await restarted.start();
    await caughtUp(restarted, eventStore, CRASH_TIMEOUT_MS);
    const fresh = files.readStore('fresh.db');
    const rebuild = files.projector(eventStore, fresh, ALL_PROJECTIONS);
    await rebuild.start();
    await caughtUp(rebuild, eventStore, CRASH_TIMEOUT_MS);

    const [recovered, rebuilt] = await Promise.all([readStore, fresh].map((store) => dumpReadModels(store, ALL_PROJECTIONS, TENANTS)));
    for (const projection of ALL_PROJECTIONS) expect(recovered[projection.name]).toBe(rebuilt[projection.name]);
  }

  async function checkpoints(): Promise<bigint[]> {
    const readStore = files.readStore();
    const all = await Promise.all(ALL_PROJECTIONS.map((p) => readStore.generations(p.name)));
    return all.flat().map((g) => BigInt(g.checkpoint));
  }

  it('killed with SIGKILL while following the log, it restarts to the read models of a rebuild from scratch', async () => {
    const eventStore = files.eventStore();
    await appendAll(eventStore, generateAppends({ seed: 21, events: 20_000 }));
    const head = await eventStore.headPosition();

    await crashChild(files.path(), 'follow', (progress) => progress.live >= head / 3n);

    const reached = await checkpoints();
    expect(reached.some((checkpoint) => checkpoint > 0n)).toBe(true);
    expect(reached.some((checkpoint) => checkpoint < head)).toBe(true);
    await expectRecoveryEqualsRebuild();
  }, CRASH_TIMEOUT_MS);

  it('killed with SIGKILL in the middle of a rebuild, it resumes the new generation and swaps it in', async () => {
    const eventStore = files.eventStore();
    await appendAll(eventStore, generateAppends({ seed: 22, events: 20_000 }));
    const head = await eventStore.headPosition();
    const built = files.projector(eventStore, files.readStore(), ALL_PROJECTIONS);
    await built.start();
    await caughtUp(built, eventStore, CRASH_TIMEOUT_MS);
    await built.stop();

    await crashChild(files.path(), 'rebuild', (progress) => progress.building !== null && progress.building >= head / 3n);

    const generations = await files.readStore().generations('conversations');
    expect(generations.map((g) => g.active)).toEqual([true, false]);
    expect(BigInt(generations[1].checkpoint)).toBeLessThan(head);
    await expectRecoveryEqualsRebuild();
    expect((await files.readStore().generations('conversations')).map((g) => [g.generation, g.active])).toEqual([[2, true]]);
  }, CRASH_TIMEOUT_MS);
});
