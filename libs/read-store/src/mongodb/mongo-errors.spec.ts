import { DUPLICATE_KEY, hasErrorCode, onlyStaleWritesFailed } from './mongo-errors';

const duplicate = { code: DUPLICATE_KEY, index: 0, errmsg: 'E11000 duplicate key error' };

describe('MongoDB write errors', () => {
  it('treats a bulk whose only failures are duplicate keys as stale guarded writes', () => {
    expect(onlyStaleWritesFailed({ code: DUPLICATE_KEY, writeErrors: [duplicate, { ...duplicate, index: 3 }] })).toBe(true);
    expect(onlyStaleWritesFailed({ code: DUPLICATE_KEY, writeErrors: duplicate })).toBe(true);
  });

  it('fails a bulk with any other write error', () => {
    expect(onlyStaleWritesFailed({ writeErrors: [duplicate, { code: 2, index: 1 }] })).toBe(false);
  });

  it('fails a bulk whose writes may not be durable', () => {
    const result = { getWriteConcernError: () => ({ code: 64, errmsg: 'waiting for replication timed out' }) };
    expect(onlyStaleWritesFailed({ writeErrors: [duplicate], result })).toBe(false);
    expect(onlyStaleWritesFailed({ writeErrors: [duplicate], err: { code: 64 } })).toBe(false);
  });

  it('fails anything that is no bulk write error', () => {
    expect(onlyStaleWritesFailed(new Error('connection reset'))).toBe(false);
    expect(onlyStaleWritesFailed({ writeErrors: [] })).toBe(false);
    expect(onlyStaleWritesFailed(null)).toBe(false);
    expect(onlyStaleWritesFailed('E11000')).toBe(false);
  });

  it('reads the code of a server error', () => {
    expect(hasErrorCode({ code: 48 }, 48)).toBe(true);
    expect(hasErrorCode({ code: '48' }, 48)).toBe(false);
    expect(hasErrorCode(undefined, 48)).toBe(false);
  });
});
