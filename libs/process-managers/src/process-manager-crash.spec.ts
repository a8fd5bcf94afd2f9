import { SqliteReadStore } from '@handoff/read-store';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { collectionOf, INTERNAL_TENANT, pmCollection } from './pm-store';
import { PmFiles } from './testing/pm-files';
import { CHILD_LEASE_TTL_MS } from './testing/runner-child';
import { appendToy, resultsIn, toyDispatch, toyManager, waitUntil } from './testing/toy-manager';

const CHILD = join(__dirname, 'testing', 'runner-child.ts');
const SWC_REGISTER = join(__dirname, '..', '..', '..', 'scripts', 'swc-register.js');
const SUBJECTS = Array.from({ length: 60 }, (_, i) => `s${i}`);
const stopped = (i: number): boolean => i % 3 === 0;

/** Starts the runner child and kills it with SIGKILL right after it sent its first reminder; resolves once it is dead. */
async function crashAtFirstReminder(path: string): Promise<void> {
  const child = fork(CHILD, [path], { execArgv: ['-r', SWC_REGISTER], stdio: 'pipe' });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { sent?: string }) => {
      if (message.sent === 'ToyRemind' && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the child ended on its own (${code}): ${stderr}`))));
  });
}

const stored = async (readStore: SqliteReadStore, kind: string) =>
  (await readStore.list(collectionOf('toy'), INTERNAL_TENANT, [{ field: 'kind', eq: kind }])).length;

describe('ProcessManagerRunner after a crash', () => {
  let files: PmFiles;

  beforeEach(() => {
    files = new PmFiles();
  });

  afterEach(() => files.cleanup());

  it('killed with SIGKILL with timers and outbox entries pending, it restarts to send each command once and fire each due timer once', async () => {
    const eventStore = files.eventStore();
    for (const [i, subject] of SUBJECTS.entries()) await appendToy(eventStore, 'ToyStarted', subject, 300 + i * 25);
    for (const [i, subject] of SUBJECTS.entries()) if (stopped(i)) await appendToy(eventStore, 'ToyStopped', subject);

    await crashAtFirstReminder(files.path);

    const readStore = files.readStore();
    await readStore.init([pmCollection('toy')]);
    // The crash left work behind: the reminder just sent still in the outbox, later reminders still timers.
    expect(await stored(readStore, 'outbox')).toBeGreaterThan(0);
    expect(await stored(readStore, 'timer')).toBeGreaterThan(0);
    const restarted = files.runner(eventStore, readStore, toyManager, toyDispatch(eventStore), { leaseTtlMs: CHILD_LEASE_TTL_MS });
    await restarted.start();
    const expected = SUBJECTS.filter((_, i) => !stopped(i));
    await waitUntil('every reminder is in the log', async () => {
      const { count } = await resultsIn(eventStore);
      return expected.every((subject) => count('ToyReminded', subject) > 0);
    }, 20_000);
    await waitUntil('nothing is left to send or fire', async () => (await stored(readStore, 'outbox')) + (await stored(readStore, 'timer')) === 0);

    const { count } = await resultsIn(eventStore);
    for (const [i, subject] of SUBJECTS.entries()) {
      expect([subject, count('ToyAcknowledged', subject), count('ToyReminded', subject)]).toEqual([subject, 1, stopped(i) ? 0 : 1]);
    }
  }, 60_000);
});
