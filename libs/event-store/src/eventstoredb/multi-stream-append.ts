import { AppendStreamRequest, BACKWARDS, KurrentDBClient, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { ConcurrencyConflict } from '@handoff/domain';
import { AppendResult, MultiAppendResult, StreamAppend, StreamAppendOutcome } from '../event-store.port';
import { describeExpected } from '../expected-version';
import { checkMultiAppend, findReplay, multiAppendResult } from '../multi-append';
import { collect } from './esdb-reads';
import { toPropertyEventData } from './event.mapper';
import { toExpectedRevision, versionAt, versionOf } from './expected-revision';
import { encodePosition, knownPosition } from './position';
import { chainEvents } from '../hash-chain/event-hash';
import { exactly, holds, readStreamHead, RECHAIN_ATTEMPTS, StreamHead } from './stream-head';

type FindAppend = (stream: string, firstEventId: string, commandHash?: string) => Promise<AppendResult | null>;

/**
 * An atomic append to several streams through the client's multiStreamAppend (KurrentDB 25.1+, the v2 AppendSession
 * service): the server checks every stream's expected revision and writes all or nothing.
 *
 * Unlike a single-stream append, the server does not answer a multi-stream append of event ids it already holds as
 * an idempotent success, so a replay is looked for before writing. A retry racing its original past that lookup is
 * then refused by the expected-version check of the stream the original wrote (a retry with `any` on every stream
 * is the one case that check cannot catch); the refusal is looked at again and answered as the replay it was.
 */
export async function appendToStreamsOn(client: KurrentDBClient, appends: readonly StreamAppend[], findAppend: FindAppend): Promise<MultiAppendResult> {
  checkMultiAppend(appends);
  const replay = await findReplay(appends, findAppend);
  if (replay) return replay;
  for (let attempt = 1; ; attempt++) {
    const heads = await Promise.all(appends.map(({ stream }) => readStreamHead(client, stream)));
    const refused = appends.findIndex(({ expectedVersion }, index) => !holds(expectedVersion, heads[index].version));
    if (refused >= 0) {
      // The heads may already show this very command, landed by a retry racing it: a replay, not a conflict.
      const original = await findReplay(appends, findAppend);
      if (original) return original;
      throw refusal(appends[refused], heads[refused].version);
    }
    let revisions: Map<string, bigint>;
    try {
      const result = await client.multiStreamAppend(appends.map((append, index) => toRequest(append, heads[index])));
      revisions = new Map(result.responses.map((response) => [response.streamName, response.revision]));
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const original = await findReplay(appends, findAppend);
      if (original) return original;
      // The hashes were chained on the heads read: a stream the caller left at `any` that moved is chained again.
      const moved = appends.find(({ stream }) => stream === error.streamName);
      if (moved?.expectedVersion === 'any' && attempt < RECHAIN_ATTEMPTS) continue;
      throw conflictOf(appends, error);
    }
    const outcomes = await Promise.all(appends.map(({ stream }) => outcomeAt(client, stream, revisions.get(stream))));
    return multiAppendResult(outcomes, true);
  }
}

function toRequest({ stream, events }: StreamAppend, head: StreamHead): AppendStreamRequest {
  const chained = chainEvents(stream, head.version, head.hash, events);
  return { streamName: stream, events: chained.map(toPropertyEventData), expectedState: toExpectedRevision(exactly(head)) };
}

function refusal(append: StreamAppend, actual: number): ConcurrencyConflict {
  return new ConcurrencyConflict(append.stream, describeExpected(append.expectedVersion), actual);
}

function conflictOf(appends: readonly StreamAppend[], error: WrongExpectedVersionError): ConcurrencyConflict {
  const refused = appends.find(({ stream }) => stream === error.streamName) ?? appends[0];
  return new ConcurrencyConflict(refused.stream, describeExpected(refused.expectedVersion), versionOf(error.actualState));
}

/** The stream's last event of the append, read back for its position as reads of $all report it. */
async function outcomeAt(client: KurrentDBClient, stream: string, revision: bigint | undefined): Promise<StreamAppendOutcome> {
  if (revision === undefined) throw new Error(`KurrentDB reported no revision for the append to ${stream}`);
  const [last] = await collect(client.readStream(stream, { direction: BACKWARDS, fromRevision: revision, maxCount: 1 }));
  const position = knownPosition(last?.event?.position);
  if (!position) throw new Error(`KurrentDB reported no position for the append to ${stream}`);
  return { stream, nextVersion: versionAt(revision), position: encodePosition(position) };
}
