import { Metadata, sendUnaryData, ServerDuplexStream, ServerErrorResponse, ServerReadableStream, status } from '@grpc/grpc-js';
import { Code } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/code_pb';
import { AllStreamPosition, Empty, StreamDeleted, StreamIdentifier, UUID, WrongExpectedVersion } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { Status } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/status_pb';
import { AppendReq, AppendResp, BatchAppendReq, BatchAppendResp } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { AppendOutcome, Expected, FakeLog, ProposedEvent } from './fake-log';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Message = AppendReq.ProposedMessage | BatchAppendReq.ProposedMessage;

/** Streams.Append, a client stream of one header and the events; answered once the client ends it. */
export function appendHandler(log: FakeLog) {
  return (call: ServerReadableStream<AppendReq, AppendResp>, respond: sendUnaryData<AppendResp>): void => {
    let header: AppendReq.Options | undefined;
    const messages: AppendReq.ProposedMessage[] = [];
    call.on('data', (request: AppendReq) => {
      if (request.hasOptions()) header = request.getOptions();
      const message = request.getProposedMessage();
      if (message) messages.push(message);
    });
    call.on('end', () => {
      const stream = streamName(header?.getStreamIdentifier());
      const proposed = toProposed(messages);
      if (typeof proposed === 'string') return respond(invalid(proposed));
      if (!header || !stream) return respond(invalid('no stream'));
      const outcome = log.append(stream, expectedOf(header.getExpectedStreamRevisionCase(), header.getRevision()), proposed);
      if (outcome.kind === 'deleted') return respond(streamDeletedError(stream));
      const response = new AppendResp();
      if (outcome.kind === 'wrong_expected_version') {
        const wrong = new AppendResp.WrongExpectedVersion();
        if (outcome.current === 'no_stream') wrong.setCurrentNoStream(new Empty());
        else wrong.setCurrentRevision(String(outcome.current));
        response.setWrongExpectedVersion(wrong);
      } else {
        const success = new AppendResp.Success().setCurrentRevision(String(outcome.revision));
        if (outcome.kind === 'written') success.setPosition(new AppendResp.Position().setCommitPosition(String(outcome.commit)).setPreparePosition(String(outcome.prepare)));
        else success.setNoPosition(new Empty());
        response.setSuccess(success);
      }
      respond(null, response);
    });
  };
}

/** Streams.BatchAppend, a duplex stream: requests carry a correlation id; the final one of each is answered. */
export function batchAppendHandler(log: FakeLog) {
  return (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void => {
    const pending = new Map<string, { options?: BatchAppendReq.Options; messages: BatchAppendReq.ProposedMessage[] }>();
    call.on('data', (request: BatchAppendReq) => {
      const correlation = request.getCorrelationId()?.getString() ?? '';
      const batch = pending.get(correlation) ?? { messages: [] };
      batch.options ??= request.getOptions();
      batch.messages.push(...request.getProposedMessagesList());
      pending.set(correlation, batch);
      if (!request.getIsFinal()) return;
      pending.delete(correlation);
      const stream = streamName(batch.options?.getStreamIdentifier());
      const proposed = toProposed(batch.messages);
      if (typeof proposed === 'string') return void call.emit('error', invalid(proposed));
      if (!batch.options || !stream) return void call.emit('error', invalid('no stream'));
      const { options } = batch;
      const outcome = log.append(stream, expectedOf(options.getExpectedStreamPositionCase(), options.getStreamPosition()), proposed);
      call.write(batchResponse(correlation, options, outcome));
    });
    call.on('end', () => call.end());
  };
}

function batchResponse(correlation: string, options: BatchAppendReq.Options, outcome: AppendOutcome): BatchAppendResp {
  const response = new BatchAppendResp().setCorrelationId(new UUID().setString(correlation)).setStreamIdentifier(options.getStreamIdentifier());
  if (outcome.kind === 'written' || outcome.kind === 'idempotent') {
    const success = new BatchAppendResp.Success().setCurrentRevision(String(outcome.revision));
    if (outcome.kind === 'written') success.setPosition(new AllStreamPosition().setCommitPosition(String(outcome.commit)).setPreparePosition(String(outcome.prepare)));
    else success.setNoPosition(new Empty());
    return response.setSuccess(success);
  }
  const details = new Any();
  if (outcome.kind === 'deleted') {
    details.pack(new StreamDeleted().setStreamIdentifier(options.getStreamIdentifier()).serializeBinary(), 'event_store.client.StreamDeleted');
  } else {
    const wrong = new WrongExpectedVersion();
    if (outcome.current === 'no_stream') wrong.setCurrentNoStream(new Empty());
    else wrong.setCurrentStreamRevision(String(outcome.current));
    details.pack(wrong.serializeBinary(), 'event_store.client.WrongExpectedVersion');
  }
  return response.setError(new Status().setCode(Code.FAILED_PRECONDITION).setMessage(outcome.kind).setDetails(details));
}

/** What the real server checks of a request before writing: a stream name, events with UUIDs, types and content types. */
function toProposed(messages: readonly Message[]): ProposedEvent[] | string {
  const proposed: ProposedEvent[] = [];
  for (const message of messages) {
    const id = message.getId()?.getString() ?? '';
    const metadata = message.getMetadataMap();
    const type = metadata.get('type');
    const contentType = metadata.get('content-type');
    if (!UUID_PATTERN.test(id)) return `event id "${id}" is not a UUID`;
    if (!type || !contentType) return 'every event needs a type and a content type';
    proposed.push({ id, type, contentType, data: message.getData_asU8(), metadata: message.getCustomMetadata_asU8() });
  }
  return proposed;
}

/** Append and BatchAppend number their expected-revision cases alike (2 revision, 3 no stream, 4 any, 5 exists). */
function expectedOf(kind: number, revision: string): Expected {
  switch (kind) {
    case AppendReq.Options.ExpectedStreamRevisionCase.REVISION:
      return { kind: 'revision', revision: BigInt(revision) };
    case AppendReq.Options.ExpectedStreamRevisionCase.NO_STREAM:
      return { kind: 'no_stream' };
    case AppendReq.Options.ExpectedStreamRevisionCase.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    default:
      return { kind: 'any' };
  }
}

export function streamName(identifier: StreamIdentifier | undefined): string | undefined {
  const name = identifier?.getStreamName_asU8();
  return name && name.length > 0 ? Buffer.from(name).toString('utf8') : undefined;
}

function invalid(details: string): ServerErrorResponse {
  return Object.assign(new Error(details), { code: status.INVALID_ARGUMENT, details, metadata: new Metadata() });
}

/** How the real server refuses a read of, or a write to, a tombstoned stream. */
export function streamDeletedError(stream: string): ServerErrorResponse {
  const metadata = new Metadata();
  metadata.set('exception', 'stream-deleted');
  metadata.set('stream-name', stream);
  const details = `Event stream '${stream}' is deleted.`;
  return Object.assign(new Error(details), { code: status.FAILED_PRECONDITION, details, metadata });
}
