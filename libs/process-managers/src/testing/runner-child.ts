/**
 * A process-manager runner in a process of its own, for the crash test: `node -r scripts/swc-register.js
 * runner-child.ts <sqlite path>`. It runs the toy manager and tells its parent each command it has just sent
 * (before the outbox entry is removed), so that the parent can kill it with SIGKILL right there.
 */
import { SqliteEventStore } from '@handoff/event-store';
import { SqliteReadStore } from '@handoff/read-store';
import { ProcessManagerRunner } from '../process-manager-runner';
import { toyDispatch, toyManager } from './toy-manager';

export const CHILD_LEASE_TTL_MS = 1000;

async function main(): Promise<void> {
  const [path] = process.argv.slice(2);
  const eventStore = new SqliteEventStore(path, { pollIntervalMs: 5 });
  const dispatch = toyDispatch(eventStore);
  const runner = new ProcessManagerRunner(eventStore, new SqliteReadStore(path), toyManager, async (command) => {
    await dispatch(command);
    process.send?.({ sent: command.type });
    // Sent but never removed from the outbox: the parent kills the process in exactly that window.
    if (command.type === 'ToyRemind') await new Promise(() => undefined);
  }, { owner: 'doomed', leaseTtlMs: CHILD_LEASE_TTL_MS });
  await runner.start();
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`runner child failed: ${String(error)}\n`);
    process.exit(1);
  });
}
