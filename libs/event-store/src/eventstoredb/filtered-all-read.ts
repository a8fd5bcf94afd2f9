import {
  BACKWARDS,
  Direction,
  END,
  EventStoreDBClient,
  PrefixesFilter,
  ReadPosition,
  ResolvedEvent,
  START,
  StreamingRead,
} from '@eventstore/db-client';
import { ReadStream } from '@eventstore/db-client/dist/streams/utils/ReadStream';
import { convertGrpcEvent } from '@eventstore/db-client/dist/utils/convertGrpcEvent';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { StreamsClient } from '@eventstore/db-client/generated/streams_grpc_pb';
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';

export interface FilteredAllRead {
  fromPosition: ReadPosition;
  direction: Direction;
  maxCount: number;
  filter: PrefixesFilter;
}

/**
 * The gRPC request for a non-subscription read of $all with a server-side stream-name filter. The server has
 * served these since 21.10, but @eventstore/db-client 6.x (its last release) always sends "no filter" from
 * readAll; only subscribeToAll takes a filter. So we build the request the client's own readAll builds, with the
 * filter that its subscribeToAll sets.
 */
export function filteredAllReadRequest({ fromPosition, direction, maxCount, filter }: FilteredAllRead): ReadReq {
  const all = new ReadReq.Options.AllOptions();
  if (fromPosition === START) all.setStart(new Empty());
  else if (fromPosition === END) all.setEnd(new Empty());
  else {
    const position = new ReadReq.Options.Position();
    position.setCommitPosition(fromPosition.commit.toString(10));
    position.setPreparePosition(fromPosition.prepare.toString(10));
    all.setPosition(position);
  }
  const prefixes = new ReadReq.Options.FilterOptions.Expression();
  prefixes.setPrefixList([...filter.prefixes]);
  const filterOptions = new ReadReq.Options.FilterOptions();
  filterOptions.setStreamIdentifier(prefixes);
  filterOptions.setCount(new Empty());
  filterOptions.setCheckpointintervalmultiplier(filter.checkpointInterval);

  const uuid = new ReadReq.Options.UUIDOption();
  uuid.setString(new Empty());
  const options = new ReadReq.Options();
  options.setAll(all);
  options.setResolveLinks(false);
  options.setCount(String(maxCount));
  options.setUuidOption(uuid);
  options.setFilter(filterOptions);
  const { ReadDirection } = ReadReq.Options;
  options.setReadDirection(direction === BACKWARDS ? ReadDirection.BACKWARDS : ReadDirection.FORWARDS);
  const request = new ReadReq();
  request.setOptions(options);
  return request;
}

/**
 * Sends that request through the client's connection handling (discovery, reconnection, credentials), exactly as
 * its readAll does. Element access reaches the client's protected members; the package is frozen at 6.2.1
 * (superseded by @kurrent/kurrentdb-client, whose readAll takes a filter), so they will not move under us.
 */
export function readAllFiltered(client: EventStoreDBClient, read: FilteredAllRead): StreamingRead<ResolvedEvent> {
  const request = filteredAllReadRequest(read);
  const createStream = client['GRPCStreamCreator'](StreamsClient, 'readAllFiltered', (grpc) =>
    grpc.read(request, ...client['callArguments']({}, { deadline: Infinity })),
  );
  return new ReadStream<ResolvedEvent>(createStream, convertGrpcEvent, {});
}
