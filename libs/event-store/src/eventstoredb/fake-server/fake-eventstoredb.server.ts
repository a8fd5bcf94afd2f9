import { Empty, StreamIdentifier, UUID } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { StreamsService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_grpc_pb';
import { AppendReq, AppendResp, ReadReq, ReadResp } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import {
  sendUnaryData,
  Server,
  ServerCredentials,
  ServerReadableStream,
  ServerWritableStream,
  status,
} from '@grpc/grpc-js';
import { Expected, FakeLog, ProposedEvent, StoredEvent } from './fake-log';
import { readAllPage, readStreamPage, subscriptionCursor } from './fake-reads';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

/**
 * An in-process gRPC server speaking the Streams service of EventStoreDB (Read and Append only), so the adapter
 * and the real client can be exercised end to end without a server. It checks our use of the protocol, not the
 * real server's semantics: those are modelled in FakeLog and fake-reads.
 */
export class FakeEventStoreDbServer {
  readonly log = new FakeLog();
  /** Options of every non-subscription read of $all, to check what the adapter asks the server for. */
  readonly allReads: ReadReq.Options[] = [];
  private readonly subscriptions = new Set<ReadCall>();
  private readonly server = new Server();

  private constructor(private readonly port: number) {}

  static async start(): Promise<FakeEventStoreDbServer> {
    const fake = new FakeEventStoreDbServer(0);
    const port = await new Promise<number>((resolve, reject) =>
      fake.server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
    fake.server.addService(StreamsService, { read: fake.read, append: fake.append });
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
      const page = readStreamPage(this.log, options);
      if (page === 'not_found') call.write(streamNotFound(options));
      else page.forEach((event) => call.write(toReadResp(event)));
      return void call.end();
    }
    const { SUBSCRIPTION } = ReadReq.Options.CountOptionCase;
    if (options.getCountOptionCase() === SUBSCRIPTION) return this.follow(call, options);
    this.allReads.push(options);
    readAllPage(this.log, options).forEach((event) => call.write(toReadResp(event)));
    call.end();
  };

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

  private readonly append = (
    call: ServerReadableStream<AppendReq, AppendResp>,
    respond: sendUnaryData<AppendResp>,
  ): void => {
    let header: AppendReq.Options | undefined;
    const proposed: ProposedEvent[] = [];
    call.on('data', (request: AppendReq) => {
      if (request.hasOptions()) header = request.getOptions();
      const message = request.getProposedMessage();
      if (message) proposed.push(toProposed(message));
    });
    call.on('end', () => {
      const name = header?.getStreamIdentifier()?.getStreamName_asU8();
      if (!header || !name) return respond({ code: status.INVALID_ARGUMENT, details: 'no stream' });
      const outcome = this.log.append(Buffer.from(name).toString('utf8'), expectedOf(header), proposed);
      const response = new AppendResp();
      if (outcome.ok) {
        const position = new AppendResp.Position()
          .setCommitPosition(String(outcome.commit))
          .setPreparePosition(String(outcome.prepare));
        const success = new AppendResp.Success().setCurrentRevision(String(outcome.revision)).setPosition(position);
        response.setSuccess(success);
      } else {
        const wrong = new AppendResp.WrongExpectedVersion();
        if (outcome.current === 'no_stream') wrong.setCurrentNoStream(new Empty());
        else wrong.setCurrentRevision(String(outcome.current));
        response.setWrongExpectedVersion(wrong);
      }
      respond(null, response);
    });
  };
}

function expectedOf(header: AppendReq.Options): Expected {
  switch (header.getExpectedStreamRevisionCase()) {
    case AppendReq.Options.ExpectedStreamRevisionCase.REVISION:
      return { kind: 'revision', revision: BigInt(header.getRevision()) };
    case AppendReq.Options.ExpectedStreamRevisionCase.NO_STREAM:
      return { kind: 'no_stream' };
    case AppendReq.Options.ExpectedStreamRevisionCase.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    default:
      return { kind: 'any' };
  }
}

function toProposed(message: AppendReq.ProposedMessage): ProposedEvent {
  const metadata = message.getMetadataMap();
  return {
    id: message.getId()?.getString() ?? '',
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    metadata: message.getCustomMetadata_asU8(),
  };
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
