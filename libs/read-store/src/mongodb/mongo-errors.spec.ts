import { hasErrorCode } from './mongo-errors';

describe('MongoDB server errors', () => {
  it('reads the code of a server error', () => {
    expect(hasErrorCode({ code: 48 }, 48)).toBe(true);
    expect(hasErrorCode({ code: '48' }, 48)).toBe(false);
    expect(hasErrorCode(undefined, 48)).toBe(false);
  });
});
