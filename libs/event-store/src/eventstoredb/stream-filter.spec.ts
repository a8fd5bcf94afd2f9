import { STREAM_NAME } from '@kurrent/kurrentdb-client';
import { DEFAULT_STREAM_PREFIXES, streamPrefixFilter } from './stream-filter';

describe('the $all stream filter', () => {
  it('filters on stream names by our prefixes', () => {
    const filter = streamPrefixFilter(['conversation-', 'agent-']);
    expect(filter.filterOn).toBe(STREAM_NAME);
    expect(filter.prefixes).toEqual(['conversation-', 'agent-']);
    expect(filter.checkpointInterval).toBeGreaterThan(0);
  });

  it('defaults to the domain\'s stream prefixes', () => {
    expect(DEFAULT_STREAM_PREFIXES).toEqual(['conversation-', 'agent-', 'transferreason-', 'queue-']);
  });

  it('drops duplicate prefixes', () => {
    expect(streamPrefixFilter(['agent-', 'agent-']).prefixes).toEqual(['agent-']);
  });

  it('refuses an empty list, an empty prefix or a system prefix', () => {
    expect(() => streamPrefixFilter([])).toThrow(/at least one/);
    expect(() => streamPrefixFilter(['agent-', ''])).toThrow(/invalid/);
    expect(() => streamPrefixFilter(['$ce-'])).toThrow(/invalid/);
  });
});
