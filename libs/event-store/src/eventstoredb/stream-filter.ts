import { PrefixesFilter, streamNameFilter } from '@kurrent/kurrentdb-client';
import { STREAM_PREFIXES } from '@handoff/domain';

export const DEFAULT_STREAM_PREFIXES: readonly string[] = STREAM_PREFIXES;

/**
 * The server-side filter on $all: only streams with our prefixes, so system streams ($-prefixed) and other
 * applications' streams never reach us.
 */
export function streamPrefixFilter(prefixes: readonly string[]): PrefixesFilter {
  if (prefixes.length === 0) throw new Error('the EventStoreDB stream filter needs at least one prefix');
  const blank = prefixes.find((prefix) => prefix.length === 0 || prefix.startsWith('$'));
  if (blank !== undefined) throw new Error(`invalid stream prefix "${blank}": it would let system streams through`);
  return streamNameFilter({ prefixes: [...new Set(prefixes)] });
}
