import { ANY, AppendStreamState, CurrentStreamState, NO_STREAM } from '@kurrent/kurrentdb-client';
import { ExpectedVersion } from '../event-store.port';

/**
 * Our version counts the events in a stream; EventStoreDB's revision is the 0-based number of the last one.
 * A stream at version N > 0 is at revision N - 1; version 0 is "no stream".
 */
export function toExpectedRevision(expected: ExpectedVersion): AppendStreamState {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream' || expected === 0) return NO_STREAM;
  if (!Number.isSafeInteger(expected) || expected < 0) throw new RangeError(`invalid expected version ${expected}`);
  return BigInt(expected - 1);
}

/** The stream's version once its last event has this revision. */
export function versionAt(revision: bigint): number {
  return Number(revision) + 1;
}

/** The version a wrong-expected-version error reports; the client uses -1 or no_stream for a missing stream. */
export function versionOf(current: CurrentStreamState): number {
  return current === NO_STREAM || current < 0n ? 0 : versionAt(current);
}
