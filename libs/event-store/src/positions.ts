import { Position, RecordedEvent } from './event-store.port';

/** The events found, in the order their positions were asked for; positions with no event are left out. */
export function inOrderOf(positions: readonly Position[], events: readonly RecordedEvent[]): RecordedEvent[] {
  const byPosition = new Map(events.map((event) => [event.position, event]));
  return positions.flatMap((position) => byPosition.get(position) ?? []);
}
