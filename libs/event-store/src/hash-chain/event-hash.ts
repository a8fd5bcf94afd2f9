import { hash } from 'node:crypto';
import { EventMetadata, NewEvent } from '../event-store.port';
import { canonicalCopy, canonicalJson } from './canonical-json';

/** What an event's hash covers: everything stored about it but its position, its id and the hash itself. */
export interface HashedForm {
  stream: string;
  streamVersion: number;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

/**
 * hash = lowercase hex sha256 of the UTF-8 bytes of `previousHash + canonicalJson({data, metadata, stream,
 * streamVersion, type})`, where metadata is the stored metadata without its `hash` key (its `previousHash` included)
 * and previousHash is the empty string for an event with none (the first of its stream, or the first hashed one after
 * events stored before hashing existed). A hash is 64 hex digits and canonical JSON starts with `{`, so the
 * concatenation needs no separator.
 */
export function eventHash(previousHash: string | null, form: HashedForm): string {
  const { hash: _hash, ...metadata } = form.metadata;
  const canonical = `{"data":${canonicalJson(form.data)},"metadata":${canonicalJson(metadata)},"stream":${JSON.stringify(form.stream)},"streamVersion":${JSON.stringify(form.streamVersion)},"type":${JSON.stringify(form.type)}}`;
  return hash('sha256', (previousHash ?? '') + canonical, 'hex');
}

/**
 * The events of one append as they are stored: each one's metadata carries `previousHash` (the hash of the event
 * before it in the stream, null when there is none or it has none) and its own `hash`. `lastHash` and `lastVersion`
 * describe the stream's last stored event, read by the writer under the append's version check. Data and metadata
 * come back with their keys in canonical order, so that they are stored in it and verification hashes them as read.
 */
export function chainEvents(stream: string, lastVersion: number, lastHash: string | null, events: readonly NewEvent[]): NewEvent[] {
  let previousHash = lastHash;
  return events.map((event, index) => {
    const data = canonicalCopy(event.data);
    const { hash: _stale, ...rest } = event.metadata;
    const metadata = { ...rest, previousHash };
    const own = eventHash(previousHash, { stream, streamVersion: lastVersion + index + 1, type: event.type, data, metadata });
    previousHash = own;
    return { ...event, data, metadata: canonicalCopy<EventMetadata>({ ...metadata, hash: own }) };
  });
}
