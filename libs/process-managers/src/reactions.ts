import { RecordedEvent } from '@handoff/event-store';
import { ProcessManager, Timer } from './process-manager';
import { ReactionBatch } from './reaction-batch';

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
      const reaction = manager.react(await batch.stateFor(tenantId, keys), event, now);
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
    const reaction = manager.onTimer(await batch.stateFor(timer.tenantId, timer.keys), timer, now);
    batch.record({ manager: manager.name, tenantId: timer.tenantId, causationId: timer.fireId, correlationId: timer.correlationId, keys: timer.keys }, reaction);
  }
}
