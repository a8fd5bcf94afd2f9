import { BACKWARDS, END, KurrentDBClient, StreamNotFoundError } from '@kurrent/kurrentdb-client';
import { ExpectedVersion } from '../event-store.port';
import { collect, recordedEvents } from './esdb-reads';

/** A stream's last event as the hash chain needs it: its version (0: no stream) and its hash (null: none). */
export interface StreamHead {
  version: number;
  hash: string | null;
}

export async function readStreamHead(client: KurrentDBClient, stream: string): Promise<StreamHead> {
  try {
    const [last] = await collect(recordedEvents(client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })));
    return last ? { version: last.streamVersion, hash: last.metadata.hash ?? null } : { version: 0, hash: null };
  } catch (error) {
    if (error instanceof StreamNotFoundError) return { version: 0, hash: null };
    throw error;
  }
}

/** The exact state the append must find: the hashes were chained on this head, so nothing may land in between. */
export function exactly(head: StreamHead): ExpectedVersion {
  return head.version === 0 ? 'no_stream' : head.version;
}

export function holds(expected: ExpectedVersion, version: number): boolean {
  return expected === 'any' || (expected === 'no_stream' ? version === 0 : expected === version);
}

/** How often an append with `any` chains again on a head that moved under it before giving up. */
export const RECHAIN_ATTEMPTS = 20;
