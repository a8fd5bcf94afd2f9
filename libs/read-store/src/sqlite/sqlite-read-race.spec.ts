import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RACE_COLLECTION, RACE_DOCUMENT } from '../testing/race-collection';
import { SqliteReadStore } from './sqlite-read-store.adapter';

const CHILD = join(__dirname, '..', 'testing', 'swapper-child.ts');
const SWC_REGISTER = join(__dirname, '..', '..', '..', '..', 'scripts', 'swc-register.js');
const SWAPS = 300;
const READS_BETWEEN_TURNS = 50;

describe('SQLite reads while another process swaps generations', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-rs-race-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answer every read from one generation or the other: never empty, never "no such table"', async () => {
    const path = join(dir, 'read.db');
    const reader = new SqliteReadStore(path);
    await reader.init([RACE_COLLECTION]);
    const seed = new SqliteReadStore(path);
    await seed.init([RACE_COLLECTION]);
    const first = await seed.createGeneration(RACE_COLLECTION.name, 1);
    await seed.acquireLease(RACE_COLLECTION.name, 'seed', 60_000);
    await seed.commit({ projection: RACE_COLLECTION.name, generation: first.generation, checkpoint: '0', owner: 'seed', writes: [{ kind: 'put', document: RACE_DOCUMENT }] });
    await seed.releaseLease(RACE_COLLECTION.name, 'seed');
    await seed.close();

    const child = fork(CHILD, [path, String(SWAPS)], { execArgv: ['-r', SWC_REGISTER], stdio: 'pipe' });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    let exitCode: number | null | undefined;
    const exited = new Promise<void>((resolve) => child.on('close', (code) => ((exitCode = code), resolve())));

    const outcomes = new Map<string, number>();
    const count = (outcome: string): void => void outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    let reads = 0;
    try {
      while (exitCode === undefined) {
        for (let i = 0; i < READS_BETWEEN_TURNS; i++, reads++) {
          try {
            const page = await reader.find(RACE_COLLECTION.name, { tenantId: 't1', orderBy: [{ field: 'rank', direction: 'asc' }], first: 5 });
            const got = await reader.get(RACE_COLLECTION.name, 't1', 'a');
            count(page.documents.length === 1 && page.totalCount === 1 && got !== null ? 'one document' : 'empty');
          } catch (error) {
            count(`error: ${(error as Error).message.replace(/rm_\w+/, 'TABLE')}`);
          }
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      await exited;
    } finally {
      await reader.close();
    }

    expect({ exitCode, stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect(reads).toBeGreaterThan(SWAPS);
    expect([...outcomes.keys()]).toEqual(['one document']);
  }, 60_000);
});
