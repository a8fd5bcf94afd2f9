import { Position as EsdbPosition, ReadPosition, START as ESDB_START } from '@kurrent/kurrentdb-client';
import { Position, START } from '../event-store.port';

/**
 * Our port's position is one bigint; EventStoreDB's is the pair (commit, prepare), ordered by commit and then
 * prepare. Both halves are unsigned 64-bit log offsets, so `commit * 2^64 + prepare` keeps that order and is
 * reversible.
 */
const HALF = 2n ** 64n;
/** What the server sends for "no position" (uint64 max), e.g. on stream reads before server 22.6. */
const NO_POSITION = HALF - 1n;

export function encodePosition({ commit, prepare }: EsdbPosition): Position {
  if (!inRange(commit) || !inRange(prepare)) {
    throw new RangeError(`EventStoreDB position out of range: commit ${commit}, prepare ${prepare}`);
  }
  return commit * HALF + prepare;
}

export function decodePosition(position: Position): ReadPosition {
  if (position < START) throw new RangeError(`position must not be negative: ${position}`);
  if (position === START) return ESDB_START;
  return { commit: position / HALF, prepare: position % HALF };
}

/** The position the server reported, or undefined when it reported none. */
export function knownPosition(position: EsdbPosition | undefined): EsdbPosition | undefined {
  if (!position || position.commit === NO_POSITION || position.prepare === NO_POSITION) return undefined;
  if (position.commit < 0n || position.prepare < 0n) return undefined;
  return position;
}

function inRange(half: bigint): boolean {
  return half >= 0n && half < HALF;
}
