import { KurrentDBClient, PrefixesFilter } from '@kurrent/kurrentdb-client';
import { Position } from '../event-store.port';
import { LiveFeed } from './catch-up-subscription';
import { toRecordedEvent } from './event.mapper';
import { decodePosition } from './position';

/** A filtered catch-up subscription to $all after a position, as a LiveFeed. */
export function openAllFeed(client: KurrentDBClient, filter: PrefixesFilter) {
  return (after: Position): LiveFeed => {
    const subscription = client.subscribeToAll({ fromPosition: decodePosition(after), filter, resolveLinkTos: false });
    let stopped = false;
    return {
      async *[Symbol.asyncIterator]() {
        for await (const resolved of subscription) yield toRecordedEvent(resolved);
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        subscription.destroy();
        try {
          await subscription.unsubscribe();
        } catch {
          // unsubscribe() rejects only when the call never started; that error already ended the feed.
        }
      },
    };
  };
}
