import { ReadStore } from '@handoff/read-store';
import { ALL_PROJECTIONS, conversationsProjection } from '../read-models';
import { appendAll, generateAppends, tenantsOf } from '../testing/event-generator';
import { caughtUp, dumpReadModels, SqliteFiles } from '../testing/read-model-fixture';

const TENANTS = tenantsOf({});

/** The real store, with one of its methods failing the next `times` calls that `when` picks. */
function failing<K extends 'load' | 'commit'>(store: ReadStore, method: K, when: (...args: Parameters<ReadStore[K]>) => boolean, times = 1): ReadStore {
  let left = times;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== method || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: Parameters<ReadStore[K]>) => {
        if (left > 0 && when(...args)) {
          left -= 1;
          return Promise.reject(new Error(`injected ${String(method)} failure`));
        }
        return value.apply(target, args);
      };
    },
  });
}

describe('Projector when the read store fails', () => {
  let files: SqliteFiles;
  const errors: string[] = [];
  const logger = { log: () => undefined, warn: () => undefined, error: (message: string) => errors.push(message) };

  beforeEach(() => {
    files = new SqliteFiles();
    errors.length = 0;
  });

  afterEach(() => files.cleanup());

  it('retries a batch whose documents could not be read, instead of dead-lettering its events', async () => {
    const eventStore = files.eventStore();
    await appendAll(eventStore, generateAppends({ seed: 31, events: 1500 }));
    const store = files.readStore();
    const projector = files.projector(eventStore, failing(store, 'load', (projection) => projection === 'conversations', 3), ALL_PROJECTIONS, { logger });
    await projector.start();
    await caughtUp(projector, eventStore);

    expect(projector.deadLettered).toBe(0);
    expect(await store.deadLetters()).toEqual([]);
    expect(errors.some((message) => message.includes('injected load failure'))).toBe(true);
    const fresh = files.readStore('fresh.db');
    const rebuild = files.projector(eventStore, fresh, ALL_PROJECTIONS);
    await rebuild.start();
    await caughtUp(rebuild, eventStore);
    expect(await dumpReadModels(store, ALL_PROJECTIONS, TENANTS)).toEqual(await dumpReadModels(fresh, ALL_PROJECTIONS, TENANTS));
  });

  // Two failures in a row, the batch's commit and the known-good one after it: the store is down, not the events.
  it('resumes a rebuild whose commit failed, from the checkpoint it had stored', async () => {
    const eventStore = files.eventStore();
    await appendAll(eventStore, generateAppends({ seed: 32, events: 3000 }));
    const store = files.readStore();
    const projector = files.projector(eventStore, failing(store, 'commit', (commit) => commit.generation === 2, 2), [conversationsProjection], {
      logger,
      rebuildBatchSize: 500,
    });
    await projector.start();
    await caughtUp(projector, eventStore);
    const before = await dumpReadModels(store, [conversationsProjection], TENANTS);

    await projector.requestRebuild();
    await projector.whenBuilt();

    expect(errors.some((message) => message.startsWith('projector stopped building: Error: injected commit failure'))).toBe(true);
    expect(projector.status()[0].generation).toBe(2);
    expect(await dumpReadModels(store, [conversationsProjection], TENANTS)).toEqual(before);
  });
});
