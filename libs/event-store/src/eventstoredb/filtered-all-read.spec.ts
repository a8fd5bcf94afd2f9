import { BACKWARDS, Direction, END, FORWARDS, ReadPosition, START } from '@eventstore/db-client';
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import { filteredAllReadRequest } from './filtered-all-read';
import { streamPrefixFilter } from './stream-filter';

const filter = streamPrefixFilter(['conversation-', 'agent-']);
const request = (fromPosition: ReadPosition, direction: Direction = FORWARDS, maxCount = 1): ReadReq.Options =>
  onTheWire(filteredAllReadRequest({ fromPosition, direction, maxCount, filter }));

/** What the server sees: the request after a trip through the wire format. */
function onTheWire(request: ReadReq): ReadReq.Options {
  const options = ReadReq.deserializeBinary(request.serializeBinary()).getOptions();
  if (!options) throw new Error('request without options');
  return options;
}

describe('the filtered $all read request', () => {
  it('reads $all forwards from a position, at most maxCount events', () => {
    const options = request({ commit: 1200n, prepare: 1100n }, FORWARDS, 51);
    expect(options.getStreamOptionCase()).toBe(ReadReq.Options.StreamOptionCase.ALL);
    expect(options.getAll()?.getPosition()?.getCommitPosition()).toBe('1200');
    expect(options.getAll()?.getPosition()?.getPreparePosition()).toBe('1100');
    expect(options.getReadDirection()).toBe(ReadReq.Options.ReadDirection.FORWARDS);
    expect(options.getCountOptionCase()).toBe(ReadReq.Options.CountOptionCase.COUNT);
    expect(options.getCount()).toBe('51');
    expect(options.getResolveLinks()).toBe(false);
  });

  it('carries a server-side filter on stream-name prefixes, never "no filter"', () => {
    const options = request(START);
    expect(options.getFilterOptionCase()).toBe(ReadReq.Options.FilterOptionCase.FILTER);
    const filterOptions = options.getFilter();
    expect(filterOptions?.getFilterCase()).toBe(ReadReq.Options.FilterOptions.FilterCase.STREAM_IDENTIFIER);
    expect(filterOptions?.getStreamIdentifier()?.getPrefixList()).toEqual(['conversation-', 'agent-']);
    expect(filterOptions?.getStreamIdentifier()?.getRegex()).toBe('');
    expect(filterOptions?.getWindowCase()).toBe(ReadReq.Options.FilterOptions.WindowCase.COUNT);
  });

  it('starts at the start of $all for START and reads backwards from END', () => {
    expect(request(START).getAll()?.hasStart()).toBe(true);
    const backwards = request(END, BACKWARDS);
    expect(backwards.getAll()?.hasEnd()).toBe(true);
    expect(backwards.getReadDirection()).toBe(ReadReq.Options.ReadDirection.BACKWARDS);
  });

  it('asks for event ids as strings, as the client\'s own reads do', () => {
    const options = request(START);
    expect(options.getUuidOption()?.hasString()).toBe(true);
  });
});
