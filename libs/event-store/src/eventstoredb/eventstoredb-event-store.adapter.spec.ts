import { describeEventStoreContract } from '../testing/event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store.adapter';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
/**
 * The contract suite writes only `contract-…` streams. Reading only those keeps its $all assertions (pages, head
 * position) true on a server that other suites or the api write domain streams to at the same time.
 */
const streamPrefixes = ['contract-'];

describeEventStoreContract(
  'EventStoreDB',
  async () => ({
    open: async () => new EventStoreDbEventStore(connectionString ?? '', { streamPrefixes }),
    // Every test writes to fresh, uniquely named streams, so a shared server needs no cleanup.
    cleanup: async () => undefined,
  }),
  connectionString ? {} : { skipReason: 'skipped: no EventStoreDB server (set EVENTSTORE_CONNECTION_STRING)' },
);

describe('EventStoreDbEventStore configuration', () => {
  it('refuses a stream prefix that would let system streams through', () => {
    expect(() => new EventStoreDbEventStore('esdb://localhost:2113?tls=false', { streamPrefixes: ['$'] })).toThrow(
      /invalid stream prefix/,
    );
  });

  it('refuses a malformed connection string', () => {
    expect(() => new EventStoreDbEventStore('http://localhost:2113')).toThrow();
  });
});
