import { RecordedEvent } from '../event-store.port';
import { newEvents } from '../testing/event-store.contract';
import { findOriginalAppend } from './original-append';

/** A stream built from appends, each a command id and its event count; positions grow by 10. */
function streamOf(...appends: Array<[string, number]>): RecordedEvent[] {
  return appends
    .flatMap(([commandId, count]) => newEvents(commandId, count))
    .map((event, index) => ({ ...event, stream: 's', streamVersion: index + 1, position: BigInt((index + 1) * 10) }));
}

const eventIdFor = (commandId: string, index: number): string => newEvents(commandId, index + 1)[index].eventId;

async function* newestFirst(events: RecordedEvent[]): AsyncGenerator<RecordedEvent> {
  for (const event of [...events].reverse()) yield event;
}

describe('finding the original append of a retried command', () => {
  it('returns the version and position of the last event of that append', async () => {
    const stream = streamOf(['a', 2], ['b', 3], ['c', 1]);
    expect(await findOriginalAppend(newestFirst(stream), eventIdFor('b', 0))).toEqual({
      nextVersion: 5,
      position: 50n,
      appended: false,
    });
  });

  it('finds the newest append and a single-event append', async () => {
    const stream = streamOf(['a', 2], ['b', 1]);
    expect(await findOriginalAppend(newestFirst(stream), eventIdFor('b', 0))).toMatchObject({ nextVersion: 3 });
    expect(await findOriginalAppend(newestFirst(stream), eventIdFor('a', 0))).toMatchObject({ nextVersion: 2 });
  });

  it('matches event ids whatever their case', async () => {
    const stream = streamOf(['a', 1]);
    expect(await findOriginalAppend(newestFirst(stream), eventIdFor('a', 0).toUpperCase())).toMatchObject({
      nextVersion: 1,
    });
  });

  it('returns null for an id the stream does not hold, or an empty stream', async () => {
    expect(await findOriginalAppend(newestFirst(streamOf(['a', 2])), eventIdFor('z', 0))).toBeNull();
    expect(await findOriginalAppend(newestFirst([]), eventIdFor('z', 0))).toBeNull();
  });

  it('stops reading once it has found the append', async () => {
    const stream = streamOf(['a', 1], ['b', 1], ['c', 1]);
    let read = 0;
    async function* counting(): AsyncGenerator<RecordedEvent> {
      for await (const event of newestFirst(stream)) {
        read++;
        yield event;
      }
    }
    await findOriginalAppend(counting(), eventIdFor('b', 0));
    expect(read).toBe(2);
  });
});
