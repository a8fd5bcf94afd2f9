/**
 * A projector's swaps in a process of its own, for the read-race test: `node -r scripts/swc-register.js
 * swapper-child.ts <sqlite path> <rounds>`. Each round fills a new generation with the same document and swaps it
 * in (dropping the old table), as fast as it can; it prints `done` when all rounds are swapped.
 */
import { SqliteReadStore } from '../sqlite/sqlite-read-store.adapter';
import { RACE_COLLECTION, RACE_DOCUMENT } from './race-collection';

const OWNER = 'swapper';

async function main(): Promise<void> {
  const [path, rounds] = process.argv.slice(2);
  const store = new SqliteReadStore(path);
  await store.init([RACE_COLLECTION]);
  if (!(await store.acquireLease(RACE_COLLECTION.name, OWNER, 600_000))) throw new Error('lease held');
  for (let round = 1; round <= Number(rounds); round++) {
    const next = await store.createGeneration(RACE_COLLECTION.name, 1);
    await store.commit({
      projection: RACE_COLLECTION.name, generation: next.generation, checkpoint: String(round), owner: OWNER,
      writes: [{ kind: 'put', document: RACE_DOCUMENT }],
    });
    await store.activateGeneration(RACE_COLLECTION.name, next.generation, OWNER);
  }
  await store.close();
  process.stdout.write('done\n');
}

main().catch((error) => {
  process.stderr.write(`swapper failed: ${String(error)}\n`);
  process.exit(1);
});
