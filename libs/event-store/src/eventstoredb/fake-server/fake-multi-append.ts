import { Metadata, sendUnaryData, ServerErrorResponse, ServerReadableStream, status } from '@grpc/grpc-js';
import { Code } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/code_pb';
import { Status } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/status_pb';
import {
  StreamAlreadyInAppendSessionErrorDetails,
  StreamRevisionConflictErrorDetails,
  StreamTombstonedErrorDetails,
} from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v2/streams/errors_pb';
import { AppendRecord, AppendRequest, AppendResponse, AppendSessionResponse, SchemaFormat } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v2/streams/streams_pb';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Value } from 'google-protobuf/google/protobuf/struct_pb';
import { Expected, FakeLog, ProposedEvent, StreamRequest } from './fake-log';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ERRORS = 'kurrentdb.protocol.v2.streams.errors';

/**
 * StreamsService.AppendSession of the v2 protocol (KurrentDB 25.1+), which the client's multiStreamAppend calls: a
 * client stream of one AppendRequest per stream, answered once it ends, all written or none. Refusals are
 * FAILED_PRECONDITION with a google.rpc.Status in grpc-status-details-bin, whose details the client decodes.
 */
export function appendSessionHandler(log: FakeLog) {
  return (call: ServerReadableStream<AppendRequest, AppendSessionResponse>, respond: sendUnaryData<AppendSessionResponse>): void => {
    const requests: StreamRequest[] = [];
    let refusal: ServerErrorResponse | undefined;
    call.on('data', (request: AppendRequest) => {
      if (refusal) return;
      const parsed = toStreamRequest(request);
      if (typeof parsed === 'string') refusal = invalid(parsed);
      else if (requests.some(({ stream }) => stream === parsed.stream)) refusal = alreadyInSession(parsed.stream);
      else requests.push(parsed);
    });
    call.on('end', () => {
      if (refusal) return respond(refusal);
      if (requests.length === 0) return respond(invalid('an append session needs at least one stream'));
      const outcome = log.appendAll(requests);
      if (outcome.kind === 'deleted') {
        return respond(refused(status.FAILED_PRECONDITION, `Stream '${outcome.stream}' is tombstoned.`, 'StreamTombstonedErrorDetails', new StreamTombstonedErrorDetails().setStream(outcome.stream).serializeBinary()));
      }
      if (outcome.kind === 'wrong_expected_version') {
        const details = new StreamRevisionConflictErrorDetails()
          .setStream(outcome.stream)
          .setExpectedRevision(String(wireRevision(outcome.expected)))
          .setActualRevision(outcome.current === 'no_stream' ? '-1' : String(outcome.current));
        return respond(refused(status.FAILED_PRECONDITION, `Append failed due to a revision conflict on stream '${outcome.stream}'.`, 'StreamRevisionConflictErrorDetails', details.serializeBinary()));
      }
      const output = requests.map(({ stream }, index) =>
        new AppendResponse().setStream(stream).setStreamRevision(String(outcome.revisions[index])).setPosition(String(outcome.position)),
      );
      respond(null, new AppendSessionResponse().setOutputList(output).setPosition(String(outcome.position)));
    });
  };
}

/** What the real server checks before writing: a stream name, events with UUIDs and schema names. */
function toStreamRequest(request: AppendRequest): StreamRequest | string {
  const stream = request.getStream();
  if (!stream) return 'no stream';
  const records = request.getRecordsList();
  if (records.length === 0) return `no records for stream ${stream}`;
  const proposed: ProposedEvent[] = [];
  for (const record of records) {
    const event = toProposed(record);
    if (typeof event === 'string') return event;
    proposed.push(event);
  }
  const revision = request.hasExpectedRevision() ? BigInt(request.getExpectedRevision() ?? '-2') : -2n;
  return { stream, expected: expectedOf(revision), proposed };
}

/** The server keeps the record's properties as the event's JSON metadata, every value as a string. */
function toProposed(record: AppendRecord): ProposedEvent | string {
  const id = record.getRecordId() ?? '';
  const type = record.getSchema()?.getName();
  if (!UUID_PATTERN.test(id)) return `record id "${id}" is not a UUID`;
  if (!type) return 'every record needs a schema name';
  const properties: Record<string, string> = {};
  record.getPropertiesMap().forEach((value: Value, key: string) => {
    properties[key] = value.getKindCase() === Value.KindCase.STRING_VALUE ? value.getStringValue() : JSON.stringify(value.toJavaScript());
  });
  const contentType = record.getSchema()?.getFormat() === SchemaFormat.SCHEMA_FORMAT_BYTES ? 'application/octet-stream' : 'application/json';
  const metadata = Object.keys(properties).length === 0 ? new Uint8Array() : Buffer.from(JSON.stringify(properties), 'utf8');
  return { id, type, contentType, data: record.getData_asU8(), metadata };
}

/** The v2 protocol's expected revisions: -1 no stream, -2 any, -4 stream exists, else the revision. */
function expectedOf(revision: bigint): Expected {
  if (revision === -1n) return { kind: 'no_stream' };
  if (revision === -2n) return { kind: 'any' };
  if (revision === -4n) return { kind: 'stream_exists' };
  return { kind: 'revision', revision };
}

function wireRevision(expected: Expected): bigint {
  const constants = { no_stream: -1n, any: -2n, stream_exists: -4n } as const;
  return expected.kind === 'revision' ? expected.revision : constants[expected.kind];
}

function refused(code: status, message: string, detailsType: string, details: Uint8Array): ServerErrorResponse {
  const packed = new Any();
  packed.pack(details, `${ERRORS}.${detailsType}`);
  const rpcStatus = new Status().setCode(code as number as Code).setMessage(message).setDetails(packed);
  const metadata = new Metadata();
  metadata.set('grpc-status-details-bin', Buffer.from(rpcStatus.serializeBinary()));
  return Object.assign(new Error(message), { code, details: message, metadata });
}

function alreadyInSession(stream: string): ServerErrorResponse {
  const message = `Stream '${stream}' is already part of this append session.`;
  return refused(status.INVALID_ARGUMENT, message, 'StreamAlreadyInAppendSessionErrorDetails', new StreamAlreadyInAppendSessionErrorDetails().setStream(stream).serializeBinary());
}

function invalid(details: string): ServerErrorResponse {
  return Object.assign(new Error(details), { code: status.INVALID_ARGUMENT, details, metadata: new Metadata() });
}
