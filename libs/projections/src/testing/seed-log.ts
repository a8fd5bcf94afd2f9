/**
 * Fills an event store with a generated log, to measure rebuilds:
 * `node -r ./scripts/swc-register.js libs/projections/src/testing/seed-log.ts <sqlite path> <events> [seed]`,
 * then `SQLITE_PATH=<sqlite path> npm run rebuild`. Appends after whatever the file holds; use a new file.
 */
import { SqliteEventStore } from '@handoff/event-store';
import { appendAll, generateAppends } from './event-generator';

const DEFAULT_EVENTS = 100_000;
const GROUP = 2000;

async function main(): Promise<void> {
  const [path, count, seed] = process.argv.slice(2);
  if (!path) throw new Error('usage: seed-log.ts <sqlite path> [events] [seed]');
  const events = Number(count ?? DEFAULT_EVENTS);
  const store = new SqliteEventStore(path);
  const startedAt = Date.now();
  const appended = await appendAll(store, generateAppends({ seed: Number(seed ?? 1), events, tenants: 5 }), GROUP);
  const seconds = (Date.now() - startedAt) / 1000;
  process.stdout.write(`appended ${appended} events to ${path} in ${seconds.toFixed(1)}s; head ${await store.headPosition()}\n`);
  await store.close();
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
