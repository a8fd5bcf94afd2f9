/**
 * A projector in a process of its own, for the crash tests: `node -r scripts/swc-register.js projector-child.ts
 * <sqlite path> <owner> follow|rebuild`. It follows the log (and, with `rebuild`, rebuilds every projection into
 * a new generation), reporting how far it got after each commit to its parent, which kills it with SIGKILL.
 */
import { SqliteEventStore } from '@handoff/event-store';
import { SqliteReadStore } from '@handoff/read-store';
import { ALL_PROJECTIONS } from '../read-models';
import { Projector } from '../projector/projector';

export const CHILD_BATCH_SIZE = 50;
export const CHILD_REBUILD_BATCH_SIZE = 500;
export const CHILD_LEASE_TTL_MS = 1000;

const lowest = (positions: bigint[]): bigint | null =>
  positions.length ? positions.reduce((min, p) => (p < min ? p : min), positions[0]) : null;

async function main(): Promise<void> {
  const [path, owner, mode] = process.argv.slice(2);
  const eventStore = new SqliteEventStore(path);
  const readStore = new SqliteReadStore(path);
  const projector = new Projector(eventStore, readStore, ALL_PROJECTIONS, {
    owner,
    batchSize: CHILD_BATCH_SIZE,
    rebuildBatchSize: CHILD_REBUILD_BATCH_SIZE,
    leaseTtlMs: CHILD_LEASE_TTL_MS,
  });
  readStore.onCommit(() => {
    const status = projector.status();
    const building = lowest(status.flatMap((s) => (s.building ? [s.building.position] : [])));
    process.send?.({ live: String(lowest(status.map((s) => s.position))), building: building === null ? null : String(building) });
  });
  await projector.start();
  if (mode === 'rebuild') await projector.requestRebuild();
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`projector child failed: ${String(error)}\n`);
    process.exit(1);
  });
}
