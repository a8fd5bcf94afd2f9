import { ANY, NO_STREAM } from '@kurrent/kurrentdb-client';
import { toExpectedRevision, versionAt, versionOf } from './expected-revision';

describe('expected version to EventStoreDB revision', () => {
  it('passes any through', () => {
    expect(toExpectedRevision('any')).toBe(ANY);
  });

  it('maps no_stream and version 0 to NO_STREAM', () => {
    expect(toExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toExpectedRevision(0)).toBe(NO_STREAM);
  });

  it('maps version N to the revision of the N-th event, N - 1', () => {
    expect(toExpectedRevision(1)).toBe(0n);
    expect(toExpectedRevision(42)).toBe(41n);
  });

  it('refuses a negative or fractional version', () => {
    expect(() => toExpectedRevision(-1)).toThrow(RangeError);
    expect(() => toExpectedRevision(1.5)).toThrow(RangeError);
  });
});

describe('EventStoreDB revision to version', () => {
  it('counts the events up to and including the revision', () => {
    expect(versionAt(0n)).toBe(1);
    expect(versionAt(41n)).toBe(42);
  });

  it('reads a missing stream as version 0', () => {
    expect(versionOf(NO_STREAM)).toBe(0);
    expect(versionOf(-1n)).toBe(0);
  });

  it('reads a current revision as the version after it', () => {
    expect(versionOf(2n)).toBe(3);
  });
});
