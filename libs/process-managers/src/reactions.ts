import { RecordedEvent } from '@handoff/event-store';
import { PmState, ProcessManager, Reaction, Timer } from './process-manager';
import { ReactionBatch } from './reaction-batch';

/** A reaction asking for more keys than this, round after round, is a manager's bug, not a state to wait out. */
const MAX_ROUNDS = 1000;

/** Calls a pure reaction until it needs no more keys, each time with the documents of every key it asked for so far. */
async function settle(batch: ReactionBatch, tenantId: string, first: readonly string[], decide: (state: PmState) => Reaction): Promise<Reaction> {
  const keys = new Set(first);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const reaction = decide(await batch.stateFor(tenantId, [...keys]));
    const more = (reaction.needs ?? []).filter((key) => !keys.has(key));
    if (more.length === 0) return reaction;
    for (const key of more) keys.add(key);
  }
  throw new Error(`still asking for more state after ${MAX_ROUNDS} rounds`);
}

/**
 * Runs the manager's `react` over the events it handles, into one batch. A pure reaction that throws would throw
 * again on every replay: the event is passed by and reported, and the manager goes on.
 */
export async function reactToEvents(
  manager: ProcessManager, batch: ReactionBatch, events: readonly RecordedEvent[], now: Date, failed: (event: RecordedEvent, error: unknown) => void,
): Promise<void> {
  const types = new Set(manager.eventTypes);
  for (const event of events) {
    if (!types.has(event.type) || event.unreadable) continue;
    const tenantId = event.metadata.tenantId;
    try {
      const keys = manager.keys(event);
      const reaction = await settle(batch, tenantId, keys, (state) => manager.react(state, event, now));
      batch.record({ manager: manager.name, tenantId, causationId: event.eventId, correlationId: event.metadata.correlationId, keys }, reaction);
    } catch (error) {
      failed(event, error);
    }
  }
}

/** Runs `onTimer` for each due timer, into one batch that also removes them: fired and removed in one commit. */
export async function fireTimers(manager: ProcessManager, batch: ReactionBatch, timers: readonly Timer[], now: Date): Promise<void> {
  for (const timer of timers) {
    batch.fired(timer);
    const reaction = await settle(batch, timer.tenantId, timer.keys, (state) => manager.onTimer(state, timer, now));
    batch.record({ manager: manager.name, tenantId: timer.tenantId, causationId: timer.fireId, correlationId: timer.correlationId, keys: timer.keys }, reaction);
  }
}
