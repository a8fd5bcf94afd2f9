import { useEffect, useState } from 'react';
import { Range } from './range';

/** Reads `load(range)` whenever the range (or `key`) changes; a stale answer never overwrites a newer one. */
export function useRangeQuery<T>(load: (range: Range) => Promise<T>, range: Range, key = ''): { data: T | null; error: unknown } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let cancelled = false;
    setData(null);
    setError(null);
    load(range).then(
      (result) => !cancelled && setData(result),
      (failure) => !cancelled && setError(failure),
    );
    return () => {
      cancelled = true;
    };
    // `load` is a new function on every render; the range and key say when to read again.
  }, [range, key]);
  return { data, error };
}
