import { ReadReq } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import { FakeLog, StoredEvent } from './fake-log';

const { ReadDirection } = ReadReq.Options;
const { AllOptionCase } = ReadReq.Options.AllOptions;
const { RevisionOptionCase } = ReadReq.Options.StreamOptions;

/** A stream read as the server answers it: 'not_found' for a stream with no events to read, 'deleted' if tombstoned. */
export function readStreamPage(log: FakeLog, options: ReadReq.Options): StoredEvent[] | 'not_found' | 'deleted' {
  const stream = options.getStream();
  const events = log.stream(streamNameOf(options));
  if (typeof events === 'string') return events;
  const count = Number(options.getCount());
  const at = stream ? atRevision(stream) : undefined;
  if (options.getReadDirection() === ReadDirection.BACKWARDS) {
    return events.filter((event) => at === undefined || event.revision <= at).reverse().slice(0, count);
  }
  return events.filter((event) => at === undefined || event.revision >= at).slice(0, count);
}

export function streamNameOf(options: ReadReq.Options): string {
  return Buffer.from(options.getStream()?.getStreamIdentifier()?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

/** A read of $all: forwards from a position inclusive, backwards before it; filtered only when asked. */
export function readAllPage(log: FakeLog, options: ReadReq.Options): StoredEvent[] {
  const all = options.getAll();
  const count = Number(options.getCount());
  const matches = filterOf(options);
  if (options.getReadDirection() === ReadDirection.BACKWARDS) {
    const before = all?.getAllOptionCase() === AllOptionCase.POSITION ? commitOf(all) : undefined;
    const earlier = log.all.filter((event) => (before === undefined || event.position < before) && matches(event));
    return earlier.reverse().slice(0, count);
  }
  const from = all?.getAllOptionCase() === AllOptionCase.POSITION ? commitOf(all) : 0n;
  const start = all?.getAllOptionCase() === AllOptionCase.END ? Infinity : 0;
  return log.all.filter((event, index) => index >= start && event.position >= from && matches(event)).slice(0, count);
}

/** The events a subscription has not yet sent: after its position (exclusive), filtered when asked. */
export function subscriptionCursor(log: FakeLog, options: ReadReq.Options): { next(): StoredEvent[] } {
  const all = options.getAll();
  const matches = filterOf(options);
  let sent = all?.getAllOptionCase() === AllOptionCase.END ? log.all.length : 0;
  const after = all?.getAllOptionCase() === AllOptionCase.POSITION ? commitOf(all) : -1n;
  return {
    next() {
      const fresh = log.all.slice(sent).filter((event) => event.position > after && matches(event));
      sent = log.all.length;
      return fresh;
    },
  };
}

function atRevision(stream: ReadReq.Options.StreamOptions): bigint | undefined {
  return stream.getRevisionOptionCase() === RevisionOptionCase.REVISION ? BigInt(stream.getRevision()) : undefined;
}

function filterOf(options: ReadReq.Options): (event: StoredEvent) => boolean {
  if (options.getFilterOptionCase() !== ReadReq.Options.FilterOptionCase.FILTER) return () => true;
  const prefixes = options.getFilter()?.getStreamIdentifier()?.getPrefixList() ?? [];
  return (event) => prefixes.some((prefix) => event.stream.startsWith(prefix));
}

/** Every event of the fake sits at commit = prepare, so the commit position alone locates it. */
function commitOf(all: ReadReq.Options.AllOptions): bigint {
  return BigInt(all.getPosition()?.getCommitPosition() ?? '0');
}
