import { ConcurrencyConflict } from '@handoff/domain';
import { ExpectedVersion } from './event-store.port';

export function describeExpected(expected: ExpectedVersion): string {
  return typeof expected === 'number' ? String(expected) : expected;
}

/** Throws ConcurrencyConflict unless a stream at `actual` events satisfies `expected`. */
export function checkExpectedVersion(stream: string, expected: ExpectedVersion, actual: number): void {
  const holds = expected === 'any' || (expected === 'no_stream' ? actual === 0 : expected === actual);
  if (!holds) throw new ConcurrencyConflict(stream, describeExpected(expected), actual);
}
