/**
 * The routing manager's runner in a process of its own, for the crash spec: `node -r scripts/swc-register.js
 * router-child.ts <sqlite path>`, its commands executed by the simulated command side on the same file.
 */
import { SqliteEventStore } from '@handoff/event-store';
import { ProcessManagerRunner } from '@handoff/process-managers';
import { SqliteReadStore } from '@handoff/read-store';
import { routingManager } from '../routing.manager';
import { LogCommandSide } from './log-command-side';

export const ROUTER_CHILD_LEASE_TTL_MS = 1000;

async function main(): Promise<void> {
  const [path] = process.argv.slice(2);
  const eventStore = new SqliteEventStore(path, { pollIntervalMs: 5 });
  const side = new LogCommandSide(eventStore);
  await new ProcessManagerRunner(eventStore, new SqliteReadStore(path), routingManager, side.dispatch, { owner: 'doomed', leaseTtlMs: ROUTER_CHILD_LEASE_TTL_MS }).start();
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`router child failed: ${String(error)}\n`);
    process.exit(1);
  });
}
