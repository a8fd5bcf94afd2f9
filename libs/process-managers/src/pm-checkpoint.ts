import { EventStore } from '@handoff/event-store';
import { Generation, ReadStore } from '@handoff/read-store';
import { PmLogger } from './outbox-dispatcher';
import { collectionOf } from './pm-store';
import { ProcessManager } from './process-manager';

/** `fresh`: created by this start (a first start or a rebuild), its state still to be folded. */
export type LoadedGeneration = Generation & { fresh?: boolean };

/**
 * Where the lease holder goes on from: the stored checkpoint of the manager's active generation. A manager seen for
 * the first time gets a generation at the log's head (or its beginning when it asks). A new code version goes on
 * from the stored checkpoint with the stored state and timers, unless the manager cannot read the state of the
 * stored version (`stateReadableSince`): then a fresh generation replaces it, started as a first start is.
 */
export async function storedCheckpoint(
  readStore: ReadStore, eventStore: EventStore, manager: ProcessManager, owner: string, logger: PmLogger,
): Promise<LoadedGeneration> {
  const name = collectionOf(manager.name);
  const stored = (await readStore.generations(name)).find((g) => g.active);
  if (!stored) return startedGeneration(readStore, eventStore, manager, owner);
  if (stored.version < (manager.stateReadableSince ?? 0)) {
    const fresh = await replaceUnreadable(readStore, eventStore, manager, owner, stored);
    logger.warn(
      `process manager ${manager.name} v${stored.version} → v${manager.version}: the state of v${stored.version} is unreadable ` +
        `(readable since v${String(manager.stateReadableSince)}); dropped it with its timers and outbox at position ${stored.checkpoint} ` +
        `and rebuilding from position ${fresh.checkpoint}`,
    );
    return fresh;
  }
  if (stored.version !== manager.version) {
    logger.log(`process manager ${manager.name} v${stored.version} → v${manager.version}: going on from position ${stored.checkpoint} with its state`);
  }
  return stored;
}

/** Where a first start (and a rebuild) begins: the log's head, or its beginning when the manager asks. */
async function firstPosition(eventStore: EventStore, manager: ProcessManager): Promise<bigint> {
  return manager.firstStart === 'beginning' ? 0n : eventStore.headPosition();
}

/** A new generation at the first start's position; it serves at once when it is the projection's first. */
async function startedGeneration(readStore: ReadStore, eventStore: EventStore, manager: ProcessManager, owner: string): Promise<LoadedGeneration> {
  const name = collectionOf(manager.name);
  const created = await readStore.createGeneration(name, manager.version);
  const from = (await firstPosition(eventStore, manager)).toString();
  await readStore.commit({ projection: name, generation: created.generation, checkpoint: from, writes: [], owner });
  return { ...created, checkpoint: from, fresh: true };
}

/**
 * Replaces an unreadable generation by a fresh one, each step fenced by the lease, safe to stop after any of them:
 * 1. a fresh generation at the first start's position (inactive: the old one still serves);
 * 2. the old generation's checkpoint lowered to 0: its state is never read again, and the swap fence refuses a
 *    generation behind the serving one;
 * 3. the swap: the fresh generation serves and the old one (state, timers, outbox) is dropped, in one transaction.
 * Stopped before 3, the old generation still serves, still older than `stateReadableSince`: the next start does it
 * again (the swap also drops the fresh generation left behind). After 3, the next start goes on with the fresh one.
 */
async function replaceUnreadable(
  readStore: ReadStore, eventStore: EventStore, manager: ProcessManager, owner: string, stored: Generation,
): Promise<LoadedGeneration> {
  const name = collectionOf(manager.name);
  const fresh = await startedGeneration(readStore, eventStore, manager, owner);
  await readStore.commit({ projection: name, generation: stored.generation, checkpoint: '0', writes: [], owner });
  await readStore.activateGeneration(name, fresh.generation, owner);
  return { ...fresh, active: true };
}
