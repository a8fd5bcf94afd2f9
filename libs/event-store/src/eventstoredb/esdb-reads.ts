import { ResolvedEvent, StreamingRead } from '@eventstore/db-client';
import { RecordedEvent } from '../event-store.port';
import { toRecordedEvent } from './event.mapper';

/**
 * Maps a read as it streams in. Leaving early cancels the gRPC call: an abandoned call would otherwise stay open,
 * stalled by flow control, until the connection closes.
 */
export async function* recordedEvents(read: StreamingRead<ResolvedEvent>): AsyncGenerator<RecordedEvent> {
  let complete = false;
  try {
    for await (const resolved of read) yield toRecordedEvent(resolved);
    complete = true;
  } finally {
    if (!complete) await cancel(read);
  }
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function cancel(read: StreamingRead<ResolvedEvent>): Promise<void> {
  try {
    await read.cancel();
  } catch {
    // cancel() rejects only when the call never started; the iteration has already thrown that error.
  }
}
