import { SqliteEventStore } from '@handoff/event-store';
import { SqliteReadStore } from '@handoff/read-store';
import { PmFiles } from './testing/pm-files';
import { appendToy, resultsIn, toyDispatch, toyManager, waitUntil } from './testing/toy-manager';

describe('ProcessManagerRunner across versions and first starts', () => {
  let files: PmFiles;
  let eventStore: SqliteEventStore;
  let readStore: SqliteReadStore;

  beforeEach(() => {
    files = new PmFiles();
    eventStore = files.eventStore();
    readStore = files.readStore();
  });

  afterEach(() => files.cleanup());

  const count = async (type: string, subject: string): Promise<number> => (await resultsIn(eventStore)).count(type, subject);

  it('starts a manager seen for the first time at the head of the log: what came before is not acted on', async () => {
    await appendToy(eventStore, 'ToyStarted', 'before', 60_000);
    const fromHead = { ...toyManager, firstStart: undefined };
    await files.runner(eventStore, readStore, fromHead, toyDispatch(eventStore)).start();
    await appendToy(eventStore, 'ToyStarted', 'after', 60_000);

    await waitUntil('the later event is acknowledged', async () => (await count('ToyAcknowledged', 'after')) === 1);
    expect(await count('ToyAcknowledged', 'before')).toBe(0);
  });

  it('goes on with a new version from the stored checkpoint, state and timers, sending nothing again', async () => {
    const first = files.runner(eventStore, readStore, toyManager, toyDispatch(eventStore));
    await first.start();
    await appendToy(eventStore, 'ToyStarted', 'kept', 60_000);
    await waitUntil('the timer is stored', async () => (await first.pendingTimers()).length === 1);
    await waitUntil('the acknowledgement is in the log', async () => (await count('ToyAcknowledged', 'kept')) === 1);
    await first.stop();

    const later = () => new Date(Date.now() + 120_000);
    await files.runner(eventStore, files.readStore(), { ...toyManager, version: 2 }, toyDispatch(eventStore), { now: later }).start();
    await waitUntil('the reminder of version 1 fires under version 2', async () => (await count('ToyReminded', 'kept')) === 1);
    expect(await count('ToyAcknowledged', 'kept')).toBe(1);
  });

  it('passes by an event its reaction throws on, logging it, and goes on with the next', async () => {
    const errors: string[] = [];
    const logger = { debug: () => undefined, log: () => undefined, warn: () => undefined, error: (m: string) => errors.push(m) };
    const throwing = {
      ...toyManager,
      react: (...args: Parameters<typeof toyManager.react>) => {
        if (args[1].data.subject === 'bad') throw new Error('a bug in the manager');
        return toyManager.react(...args);
      },
    };
    await files.runner(eventStore, readStore, throwing, toyDispatch(eventStore), { logger }).start();
    await appendToy(eventStore, 'ToyStarted', 'bad', 60_000);
    await appendToy(eventStore, 'ToyStarted', 'good', 60_000);

    await waitUntil('the next event is acknowledged', async () => (await count('ToyAcknowledged', 'good')) === 1);
    expect(errors).toEqual([expect.stringContaining('could not react to ToyStarted')]);
  });
});
