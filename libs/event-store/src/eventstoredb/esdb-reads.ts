import { AllStreamResolvedEvent, ResolvedEvent } from '@kurrent/kurrentdb-client';
import { RecordedEvent } from '../event-store.port';
import { toRecordedEvent } from './event.mapper';

/**
 * Maps a read as it streams in. The client's reads are async generators: leaving early returns them, which ends
 * the server call, so an abandoned read does not stay open until the connection closes.
 */
export async function* recordedEvents(
  read: AsyncIterable<ResolvedEvent | AllStreamResolvedEvent>,
): AsyncGenerator<RecordedEvent> {
  for await (const resolved of read) yield toRecordedEvent(resolved);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
