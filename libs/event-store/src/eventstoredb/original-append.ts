import { checkSameCommand } from '../command-reuse';
import { AppendResult, RecordedEvent } from '../event-store.port';

/**
 * Finds the append whose first event has `firstEventId`, given the stream newest first. That append is the run of
 * consecutive events carrying the same command id, starting at that event; its outcome is the version and position
 * of the run's last event. Event ids are compared case-insensitively: the server returns UUIDs in lower case.
 * Throws BadInput when that append was of another command than `commandHash`.
 */
export async function findOriginalAppend(
  newestFirst: AsyncIterable<RecordedEvent>,
  firstEventId: string,
  commandHash?: string,
): Promise<AppendResult | null> {
  const wanted = firstEventId.toLowerCase();
  let runEnd: RecordedEvent | undefined;
  for await (const event of newestFirst) {
    if (runEnd?.metadata.commandId !== event.metadata.commandId) runEnd = event;
    if (event.eventId.toLowerCase() === wanted) {
      checkSameCommand(event.metadata.commandHash, commandHash);
      return { nextVersion: runEnd.streamVersion, position: runEnd.position, appended: false };
    }
  }
  return null;
}
