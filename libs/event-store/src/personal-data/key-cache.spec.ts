import { KeyCache } from './key-cache';

describe('the data key cache', () => {
  let now = 0;
  const cache = (): KeyCache<string> => new KeyCache<string>({ ttlMs: 1000, maxEntries: 2, now: () => now });

  beforeEach(() => {
    now = 0;
  });

  it('forgets an entry once its time to live has passed', () => {
    const keys = cache();
    keys.set('a', 'key-a');
    now = 999;
    expect(keys.get('a')).toBe('key-a');
    now = 1000;
    expect(keys.get('a')).toBeUndefined();
    expect(keys.size).toBe(0);
  });

  it('holds at most maxEntries, dropping the least recently used', () => {
    const keys = cache();
    keys.set('a', 'key-a');
    keys.set('b', 'key-b');
    expect(keys.get('a')).toBe('key-a');
    keys.set('c', 'key-c');
    expect([keys.get('a'), keys.get('b'), keys.get('c')]).toEqual(['key-a', undefined, 'key-c']);
  });

  it('empties at once when cleared (a destroyed key is not served from memory)', () => {
    const keys = cache();
    keys.set('a', 'key-a');
    keys.clear();
    expect(keys.get('a')).toBeUndefined();
  });
});
