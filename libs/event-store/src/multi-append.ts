import { BadInput } from '@handoff/domain';
import { AppendResult, MultiAppendResult, Position, StreamAppend, StreamAppendOutcome } from './event-store.port';

/** What every adapter refuses before writing: an empty append, a stream without events, a stream named twice. */
export function checkMultiAppend(appends: readonly StreamAppend[]): void {
  if (appends.length === 0) throw new Error('a multi-stream append needs at least one stream');
  const streams = new Set<string>();
  for (const { stream, events } of appends) {
    if (events.length === 0) throw new Error(`append to ${stream} needs at least one event`);
    if (streams.has(stream)) throw new Error(`stream ${stream} appears twice in one multi-stream append`);
    streams.add(stream);
  }
}

export function multiAppendResult(streams: StreamAppendOutcome[], appended: boolean): MultiAppendResult {
  const position = streams.reduce<Position>((max, outcome) => (outcome.position > max ? outcome.position : max), 0n);
  return { streams, position, appended };
}

/**
 * The original outcome of a replayed multi-append, given each stream's earlier append of the same command, or null
 * when the first stream has none (not a replay). An earlier append of that command id that did not write every one
 * of these streams was another command.
 */
export function replayOutcome(appends: readonly StreamAppend[], originals: ReadonlyArray<AppendResult | null>): MultiAppendResult | null {
  if (!originals[0]) return null;
  const outcomes = appends.map(({ stream }, index): StreamAppendOutcome => {
    const original = originals[index];
    if (!original) throw new BadInput('input.commandId', 'was already used for another command');
    return { stream, nextVersion: original.nextVersion, position: original.position };
  });
  return multiAppendResult(outcomes, false);
}

/** The lookup of a replay over an adapter's findAppend: one read when it is not a replay, one per stream when it is. */
export async function findReplay(
  appends: readonly StreamAppend[],
  findAppend: (stream: string, firstEventId: string, commandHash?: string) => Promise<AppendResult | null>,
): Promise<MultiAppendResult | null> {
  const find = ({ stream, events }: StreamAppend): Promise<AppendResult | null> =>
    findAppend(stream, events[0].eventId, events[0].metadata.commandHash);
  const first = await find(appends[0]);
  if (!first) return null;
  const rest = await Promise.all(appends.slice(1).map(find));
  return replayOutcome(appends, [first, ...rest]);
}

/** A single-stream append's result from the multi-append it ran as. */
export function singleResult({ streams: [only], appended }: MultiAppendResult): AppendResult {
  return { nextVersion: only.nextVersion, position: only.position, appended };
}
