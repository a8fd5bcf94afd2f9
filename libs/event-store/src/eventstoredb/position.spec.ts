import { START as ESDB_START } from '@kurrent/kurrentdb-client';
import { START } from '../event-store.port';
import { decodePosition, encodePosition, knownPosition } from './position';

const MAX_LOG_OFFSET = 2n ** 63n - 1n;

describe('EventStoreDB position mapping', () => {
  it.each([
    { commit: 0n, prepare: 1n },
    { commit: 1n, prepare: 0n },
    { commit: 1234n, prepare: 1234n },
    { commit: 9_876_543n, prepare: 9_876_000n },
    { commit: MAX_LOG_OFFSET, prepare: MAX_LOG_OFFSET },
  ])('round-trips commit $commit, prepare $prepare', (position) => {
    expect(decodePosition(encodePosition(position))).toEqual(position);
  });

  it('keeps the order of $all: commit first, then prepare', () => {
    const ordered = [
      { commit: 100n, prepare: 100n },
      { commit: 100n, prepare: 101n },
      { commit: 101n, prepare: 0n },
      { commit: 250n, prepare: 180n },
      { commit: MAX_LOG_OFFSET, prepare: 0n },
    ];
    const encoded = ordered.map(encodePosition);
    expect([...encoded].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(encoded);
    expect(new Set(encoded).size).toBe(encoded.length);
  });

  it('maps START to the start of $all', () => {
    expect(decodePosition(START)).toBe(ESDB_START);
  });

  it('refuses a negative position', () => {
    expect(() => decodePosition(-1n)).toThrow(RangeError);
  });

  it('refuses halves that do not fit in 64 bits', () => {
    expect(() => encodePosition({ commit: 2n ** 64n, prepare: 0n })).toThrow(RangeError);
    expect(() => encodePosition({ commit: 0n, prepare: -1n })).toThrow(RangeError);
  });

  it('treats the server\'s "no position" marker and a missing position as unknown', () => {
    const noPosition = 2n ** 64n - 1n;
    expect(knownPosition(undefined)).toBeUndefined();
    expect(knownPosition({ commit: noPosition, prepare: noPosition })).toBeUndefined();
    expect(knownPosition({ commit: -1n, prepare: -1n })).toBeUndefined();
    expect(knownPosition({ commit: 7n, prepare: 7n })).toEqual({ commit: 7n, prepare: 7n });
  });
});
