import { Server, ServerCredentials, ServerWritableStream, status } from '@grpc/grpc-js';
import { ServerFeaturesService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_grpc_pb';
import { StreamIdentifier, UUID } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { StreamsService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_grpc_pb';
import { ReadReq, ReadResp } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import { StreamsServiceService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v2/streams/streams_grpc_pb';
import { appendHandler, batchAppendHandler, streamDeletedError } from './fake-appends';
import { supportedMethods } from './fake-features';
import { appendSessionHandler } from './fake-multi-append';
import { FakeLog, StoredEvent } from './fake-log';
import { readAllPage, readStreamPage, streamNameOf, subscriptionCursor } from './fake-reads';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

/**
 * An in-process gRPC server speaking what the client uses of KurrentDB (EventStoreDB): ServerFeatures and the
 * Streams service's Read, Append and BatchAppend, and the v2 AppendSession (multi-stream append), so the adapter and the real client can be exercised end to end
 * without a server. Where the adapter depends on the real server's semantics, the fake has them (FakeLog,
 * fake-reads, fake-appends): idempotent retries of the same event ids, tombstoned and truncated streams, and
 * refusal of malformed requests.
 */
export class FakeEventStoreDbServer {
  readonly log = new FakeLog();
  /** Options of every non-subscription read of $all, to check what the adapter asks the server for. */
  readonly allReads: ReadReq.Options[] = [];
  private readonly subscriptions = new Set<ReadCall>();
  private gate: { hold(answer: () => void): void } | undefined;
  private readonly server = new Server();

  private constructor(private readonly port: number) {}

  static async start(): Promise<FakeEventStoreDbServer> {
    const fake = new FakeEventStoreDbServer(0);
    const port = await new Promise<number>((resolve, reject) =>
      fake.server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
    fake.server.addService(StreamsService, {
      read: fake.read,
      append: appendHandler(fake.log),
      batchAppend: batchAppendHandler(fake.log),
    });
    fake.server.addService(StreamsServiceService, { appendSession: appendSessionHandler(fake.log) });
    fake.server.addService(ServerFeaturesService, { getSupportedMethods: supportedMethods });
    return Object.assign(fake, { port });
  }

  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  /** Ends every live subscription with UNAVAILABLE, as a server restart or a network cut would. */
  dropSubscriptions(): void {
    for (const call of this.subscriptions) call.emit('error', { code: status.UNAVAILABLE, details: 'fake drop' });
    this.subscriptions.clear();
  }

  stop(): Promise<void> {
    this.server.forceShutdown();
    return Promise.resolve();
  }

  private readonly read = (call: ReadCall): void => {
    const options = call.request.getOptions();
    if (!options) return void call.emit('error', { code: status.INVALID_ARGUMENT, details: 'no options' });
    if (options.getStreamOptionCase() === ReadReq.Options.StreamOptionCase.STREAM) {
      if (this.gate) this.gate.hold(() => this.readStream(call, options));
      else this.readStream(call, options);
      return;
    }
    const { SUBSCRIPTION } = ReadReq.Options.CountOptionCase;
    if (options.getCountOptionCase() === SUBSCRIPTION) return this.follow(call, options);
    this.allReads.push(options);
    readAllPage(this.log, options).forEach((event) => call.write(toReadResp(event)));
    call.end();
  };

  /**
   * Holds the next `count` stream reads until `release()`: a barrier that lines up two commands' reads before
   * either writes. `arrived` resolves once all of them are held.
   */
  holdStreamReads(count: number): { arrived: Promise<void>; release(): void } {
    const held: Array<() => void> = [];
    let allArrived: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (allArrived = resolve));
    this.gate = {
      hold: (answer) => {
        held.push(answer);
        if (held.length === count) {
          this.gate = undefined;
          allArrived();
        }
      },
    };
    return { arrived, release: () => held.forEach((answer) => answer()) };
  }

  private readStream(call: ReadCall, options: ReadReq.Options): void {
    const page = readStreamPage(this.log, options);
    if (page === 'deleted') return void call.emit('error', streamDeletedError(streamNameOf(options)));
    if (page === 'not_found') call.write(streamNotFound(options));
    else page.forEach((event) => call.write(toReadResp(event)));
    call.end();
  }

  private follow(call: ReadCall, options: ReadReq.Options): void {
    this.subscriptions.add(call);
    const confirmation = new ReadResp.SubscriptionConfirmation();
    confirmation.setSubscriptionId(`fake-${this.subscriptions.size}`);
    call.write(new ReadResp().setConfirmation(confirmation));
    const cursor = subscriptionCursor(this.log, options);
    const push = (): void => cursor.next().forEach((event) => call.write(toReadResp(event)));
    push();
    call.write(new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));
    const unsubscribe = this.log.onAppend(push);
    const end = (): void => {
      unsubscribe();
      this.subscriptions.delete(call);
    };
    call.on('cancelled', end);
    call.on('error', end);
    call.on('finish', end);
  }
}

const TICKS_PER_MS = 10_000n;

function toReadResp(event: StoredEvent): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(new UUID().setString(event.id))
    .setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(event.stream, 'utf8')))
    .setStreamRevision(String(event.revision))
    .setCommitPosition(String(event.position))
    .setPreparePosition(String(event.position))
    .setData(event.data)
    .setCustomMetadata(event.metadata);
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', event.contentType)
    .set('created', String(BigInt(Date.now()) * TICKS_PER_MS));
  return new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(String(event.position)));
}

function streamNotFound(options: ReadReq.Options): ReadResp {
  const found = new ReadResp.StreamNotFound().setStreamIdentifier(options.getStream()?.getStreamIdentifier());
  return new ReadResp().setStreamNotFound(found);
}
