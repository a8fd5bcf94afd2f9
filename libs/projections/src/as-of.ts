import { RecordedEvent } from '@handoff/event-store';

/**
 * What "as it was at `at`" means everywhere (queueBoardAt, conversationAt): the log's events in its order up to the
 * first one that occurred after `at`. The log's order is the order the read models took the events in, so the view
 * is always one the live read models went through.
 */
export const occurredAfter = (event: Pick<RecordedEvent, 'metadata'>, at: string): boolean => event.metadata.occurredAt > at;

/** The events of a stream (or any list in log order) up to the first that occurred after `at`. */
export function eventsAsOf<E extends Pick<RecordedEvent, 'metadata'>>(events: readonly E[], at: string): E[] {
  const after = events.findIndex((event) => occurredAfter(event, at));
  return after === -1 ? [...events] : events.slice(0, after);
}
