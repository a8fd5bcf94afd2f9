import { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { Empty } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { SupportedMethod, SupportedMethods } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_pb';

/** The gRPC methods the fake serves, named as the real server lists them (the client matches them case-blind). */
const SERVED = [
  ['event_store.client.streams.streams', 'read'],
  ['event_store.client.streams.streams', 'append'],
  ['event_store.client.streams.streams', 'batchappend'],
  // Listed by KurrentDB 25.1+: the client's multiStreamAppend refuses to run against a server that does not list it.
  ['kurrentdb.protocol.v2.streams.streamsservice', 'appendsession'],
] as const;

/**
 * ServerFeatures.GetSupportedMethods, which the client asks before its first append: a server that lists
 * BatchAppend gets its appends through it, as a real KurrentDB does.
 */
export function supportedMethods(_call: ServerUnaryCall<Empty, SupportedMethods>, respond: sendUnaryData<SupportedMethods>): void {
  const methods = SERVED.map(([service, method]) => new SupportedMethod().setServiceName(service).setMethodName(method));
  respond(null, new SupportedMethods().setMethodsList(methods).setEventStoreServerVersion('25.1.0'));
}
