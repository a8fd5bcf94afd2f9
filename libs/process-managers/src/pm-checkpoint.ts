import { EventStore } from '@handoff/event-store';
import { Generation, ReadStore } from '@handoff/read-store';
import { PmLogger } from './outbox-dispatcher';
import { collectionOf } from './pm-store';
import { ProcessManager } from './process-manager';

/**
 * Where the lease holder goes on from: the stored checkpoint of the manager's only generation. A manager seen for
 * the first time gets that generation, at the log's head (or its beginning when it asks). A new code version goes
 * on from the stored checkpoint with the stored state and timers: never a rebuild, which would send again.
 */
export async function storedCheckpoint(
  readStore: ReadStore, eventStore: EventStore, manager: ProcessManager, owner: string, logger: PmLogger,
): Promise<Generation> {
  const name = collectionOf(manager.name);
  const stored = (await readStore.generations(name)).find((g) => g.active);
  if (stored) {
    if (stored.version !== manager.version) {
      logger.log(`process manager ${manager.name} v${stored.version} → v${manager.version}: going on from position ${stored.checkpoint} with its state`);
    }
    return stored;
  }
  const created = await readStore.createGeneration(name, manager.version);
  const from = manager.firstStart === 'beginning' ? 0n : await eventStore.headPosition();
  await readStore.commit({ projection: name, generation: created.generation, checkpoint: from.toString(), writes: [], owner });
  return { ...created, checkpoint: from.toString() };
}
