import { EventStore, EventSubscription, SqliteEventStore } from '@handoff/event-store';
import { FindQuery, ReadStore, SqliteReadStore } from '@handoff/read-store';
import { collectionOf, INTERNAL_TENANT } from './pm-store';
import { PmFiles } from './testing/pm-files';
import { appendToy, resultsIn, TOY_TENANT, toyDispatch, waitUntil } from './testing/toy-manager';
import { toyManagerV2 } from './testing/toy-manager-v2';

/** The real log, whose subscriptions hand out the events from the first of `type` on only once `gate` resolved. */
function splitBefore(store: SqliteEventStore, type: string, gate: () => Promise<void>): EventStore {
  const subscribe = (from: bigint): EventSubscription => {
    const inner = store.subscribe(from);
    return {
      close: () => inner.close(),
      async *[Symbol.asyncIterator]() {
        for await (const batch of inner) {
          const at = batch.findIndex((event) => event.type === type);
          if (at > 0) {
            yield batch.slice(0, at);
            await gate();
          }
          yield at > 0 ? batch.slice(at) : batch;
        }
      },
    };
  };
  return new Proxy(store, {
    get: (target, property, receiver) => (property === 'subscribe' ? subscribe : Reflect.get(target, property, receiver)),
  });
}

/** The real store, counting how often the runner looked for its next due timer. */
function countingLooks(store: SqliteReadStore, looked: () => void): ReadStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== 'find' || typeof value !== 'function') return value;
      return (collection: string, query: FindQuery) => {
        if (query.where?.length === 1 && JSON.stringify(query.where[0]) === '{"field":"kind","eq":"timer"}') looked();
        return value.call(target, collection, query);
      };
    },
  });
}

describe('ProcessManagerRunner folding the log into a fresh generation', () => {
  let files: PmFiles;

  beforeEach(() => {
    files = new PmFiles();
  });

  afterEach(() => files.cleanup());

  it('fires no timer before the fold reaches the head it started at: one that a later event cancels is never sent', async () => {
    const eventStore = files.eventStore();
    await appendToy(eventStore, 'ToyStarted', 'x', 20);
    await appendToy(eventStore, 'ToyStopped', 'x');
    const readStore = files.readStore();
    let looks = 0;
    // ToyStopped reaches the runner only after its alarm twice had the chance to fire the reminder, already due.
    const gate = async (): Promise<void> => {
      await waitUntil('the reaction to ToyStarted is kept', async () => (await readStore.get(collectionOf('toy'), TOY_TENANT, 's:toy:x')) !== null);
      const seen = looks;
      await waitUntil('the alarm looked twice since', () => looks >= seen + 2);
    };
    const later = (): Date => new Date(Date.now() + 120_000);
    const runner = files.runner(
      splitBefore(eventStore, 'ToyStopped', gate), countingLooks(readStore, () => looks++), toyManagerV2, toyDispatch(eventStore),
      { now: later, maxTimerWaitMs: 20 },
    );
    await runner.start();

    await waitUntil('acknowledged', async () => (await resultsIn(eventStore)).count('ToyAcknowledged', 'x') === 1);
    await waitUntil('nothing is left to send or fire', async () => (await readStore.list(collectionOf('toy'), INTERNAL_TENANT)).length === 0);
    expect((await resultsIn(eventStore)).count('ToyReminded', 'x')).toBe(0);
  });
});
