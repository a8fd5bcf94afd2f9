import { SqliteEventStore } from '@handoff/event-store';
import { ReadStore, SqliteReadStore } from '@handoff/read-store';
import { PmLogger } from './outbox-dispatcher';
import { collectionOf, INTERNAL_TENANT, pmCollection } from './pm-store';
import { PmFiles } from './testing/pm-files';
import { appendToy, resultsIn, TOY_TENANT, toyDispatch, toyManager, waitUntil } from './testing/toy-manager';
import { toyManagerV2 } from './testing/toy-manager-v2';

const TOY = collectionOf('toy');
const later = (): Date => new Date(Date.now() + 120_000);

/**
 * The real store, except that once `dies` says so, calls change nothing, as if the process had died right there:
 * they fail, and the lease is left to expire rather than released.
 */
function dyingAt(store: SqliteReadStore, dies: (method: string) => boolean): ReadStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (!dies(String(property))) return value.apply(target, args);
        return property === 'releaseLease' ? Promise.resolve() : Promise.reject(new Error(`died at ${String(property)}`));
      };
    },
  });
}

describe('ProcessManagerRunner upgrading to a version that cannot read the stored state', () => {
  let files: PmFiles;
  let eventStore: SqliteEventStore;

  beforeEach(() => {
    files = new PmFiles();
    eventStore = files.eventStore();
  });

  afterEach(() => files.cleanup());

  const count = async (type: string, subject: string): Promise<number> => (await resultsIn(eventStore)).count(type, subject);
  const warnings: string[] = [];
  const logger: PmLogger = { debug: () => undefined, log: () => undefined, warn: (m) => warnings.push(m), error: () => undefined };

  /** Version 1 in production: 'pending' waits for its reminder, 'stopped' was stopped, 'fired' was reminded. */
  async function versionOneRan(): Promise<void> {
    const v1 = files.runner(eventStore, files.readStore(), toyManager, toyDispatch(eventStore));
    await v1.start();
    await appendToy(eventStore, 'ToyStarted', 'pending', 60_000);
    await appendToy(eventStore, 'ToyStarted', 'stopped', 60_000);
    await appendToy(eventStore, 'ToyStopped', 'stopped');
    await appendToy(eventStore, 'ToyStarted', 'fired', 20);
    await waitUntil('version 1 reminded "fired"', async () => (await count('ToyReminded', 'fired')) === 1);
    await waitUntil('only the reminder of "pending" is left', async () => (await v1.pendingTimers()).map((t) => t.id).join() === 'remind:pending');
    await v1.stop();
  }

  /** Version 2 rebuilt its state from the log: the pending reminder is sent, nothing is sent twice, version 1's state is gone. */
  async function rebuiltAndResumed(readStore: SqliteReadStore): Promise<void> {
    await waitUntil('the reminder pending under version 1 is sent', async () => (await count('ToyReminded', 'pending')) === 1);
    const left = async (): Promise<number> => (await readStore.list(TOY, INTERNAL_TENANT)).length;
    await waitUntil('nothing is left to send or fire', async () => (await left()) === 0);
    const { count: inLog } = await resultsIn(eventStore);
    expect(['pending', 'stopped', 'fired'].map((s) => [s, inLog('ToyAcknowledged', s), inLog('ToyReminded', s)])).toEqual([
      ['pending', 1, 1], ['stopped', 1, 0], ['fired', 1, 1],
    ]);
    expect(await readStore.get(TOY, TOY_TENANT, 's:toy:pending')).toMatchObject({ value: { waiting: false } });
    expect(await readStore.get(TOY, TOY_TENANT, 's:pending')).toBeNull();
    expect((await readStore.generations(TOY)).map((g) => [g.version, g.active])).toEqual([[2, true]]);
  }

  it('drops the state, timers and outbox of version 1 and rebuilds from the log, sending each command once', async () => {
    await versionOneRan();
    const readStore = files.readStore();
    await files.runner(eventStore, readStore, toyManagerV2, toyDispatch(eventStore), { now: later, logger }).start();
    await rebuiltAndResumed(readStore);
    expect(warnings).toEqual([expect.stringMatching(/toy v1 → v2: the state of v1 is unreadable .* rebuilding from position 0/)]);
  });

  it('killed before the swap, the next start rebuilds again', async () => {
    await versionOneRan();
    const doomed = files.runner(eventStore, dyingAt(files.readStore(), (m) => m === 'activateGeneration'), toyManagerV2, toyDispatch(eventStore), { now: later });
    await expect(doomed.start()).rejects.toThrow('died at activateGeneration');
    await doomed.stop();
    const readStore = files.readStore();
    await readStore.init([pmCollection('toy')]);
    // Version 1's generation still serves (its checkpoint lowered); the fresh one waits, empty.
    expect((await readStore.generations(TOY)).map((g) => [g.version, g.checkpoint, g.active])).toEqual([[1, '0', true], [2, '0', false]]);

    await files.runner(eventStore, readStore, toyManagerV2, toyDispatch(eventStore), { now: later }).start();
    await rebuiltAndResumed(readStore);
  });

  it('killed after the swap, before the fold kept anything, the next start goes on with the fresh generation', async () => {
    await versionOneRan();
    let swapped = false;
    let died = false;
    const dies = (method: string): boolean => {
      if (method === 'activateGeneration') swapped = true;
      else if (swapped && method === 'commit') died = true;
      return died;
    };
    const doomed = files.runner(eventStore, dyingAt(files.readStore(), dies), toyManagerV2, toyDispatch(eventStore), { now: later });
    await doomed.start();
    await waitUntil('it died at its first commit after the swap', () => died);
    await doomed.stop();

    const readStore = files.readStore();
    await files.runner(eventStore, readStore, toyManagerV2, toyDispatch(eventStore), { now: later }).start();
    await rebuiltAndResumed(readStore);
  });
});
