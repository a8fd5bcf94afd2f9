import { ReadReq } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import { FakeLog, StoredEvent } from './fake-log';

const { ReadDirection } = ReadReq.Options;
const { AllOptionCase } = ReadReq.Options.AllOptions;
const { RevisionOptionCase } = ReadReq.Options.StreamOptions;

/** A stream read as the server answers it: 'not_found' for a stream that was never written. */
export function readStreamPage(log: FakeLog, options: ReadReq.Options): StoredEvent[] | 'not_found' {
  const stream = options.getStream();
  const name = Buffer.from(stream?.getStreamIdentifier()?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
  const events = log.stream(name);
  if (!stream || !events) return 'not_found';
  const count = Number(options.getCount());
  if (options.getReadDirection() === ReadDirection.BACKWARDS) {
    const from = atRevision(stream) ?? events.length - 1;
    return events.slice(0, from + 1).reverse().slice(0, count);
  }
  const from = atRevision(stream) ?? 0;
  return events.slice(from, from + count);
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

function atRevision(stream: ReadReq.Options.StreamOptions): number | undefined {
  return stream.getRevisionOptionCase() === RevisionOptionCase.REVISION ? Number(stream.getRevision()) : undefined;
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
