import { InvalidState } from '@handoff/domain';
import { SqliteEventStore } from '@handoff/event-store';
import { SqliteReadStore } from '@handoff/read-store';
import { collectionOf, INTERNAL_TENANT } from './pm-store';
import { commandIdFor, SystemCommand, timerFireId } from './process-manager';
import { PmFiles } from './testing/pm-files';
import { appendToy, resultsIn, toyDispatch, toyManager, TOY_TENANT, waitUntil } from './testing/toy-manager';

const outboxOf = (readStore: SqliteReadStore) => readStore.list(collectionOf('toy'), INTERNAL_TENANT, [{ field: 'kind', eq: 'outbox' }]);

describe('ProcessManagerRunner', () => {
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

  it('sends the commands of an event with ids derived from the manager and the event, the event as their cause', async () => {
    await appendToy(eventStore, 'ToyStarted', 'a', 60_000);
    await files.runner(eventStore, readStore, toyManager, toyDispatch(eventStore)).start();

    await waitUntil('the acknowledgement is in the log', async () => (await count('ToyAcknowledged', 'a')) === 1);
    const { events } = await resultsIn(eventStore);
    const started = events.find((e) => e.type === 'ToyStarted')!;
    const acknowledged = events.find((e) => e.type === 'ToyAcknowledged')!;
    expect(acknowledged.metadata).toMatchObject({ commandId: commandIdFor('toy', started.eventId, 0), causationId: started.eventId, correlationId: 'corr-a' });
    await waitUntil('the outbox is empty', async () => (await outboxOf(readStore)).length === 0);
  });

  it('fires a due timer once, and never one that a later event cancelled', async () => {
    const runner = files.runner(eventStore, readStore, toyManager, toyDispatch(eventStore));
    await runner.start();
    await appendToy(eventStore, 'ToyStarted', 'cancelled', 60_000);
    await appendToy(eventStore, 'ToyStopped', 'cancelled');
    await appendToy(eventStore, 'ToyStarted', 'due', 1000);
    const head = await eventStore.headPosition();

    await waitUntil('the runner handled the log', () => runner.status().checkpoint >= head);
    expect((await runner.pendingTimers()).map((t) => t.id)).toEqual(['remind:due']);
    await waitUntil('the due reminder is in the log', async () => (await count('ToyReminded', 'due')) === 1);
    const { events, count: countIn } = await resultsIn(eventStore);
    expect(countIn('ToyReminded', 'cancelled')).toBe(0);
    const started = events.find((e) => e.type === 'ToyStarted' && e.data.subject === 'due')!;
    const reminded = events.find((e) => e.type === 'ToyReminded')!;
    const fireId = timerFireId('toy', TOY_TENANT, 'remind:due', started.eventId);
    expect(reminded.metadata).toMatchObject({ commandId: commandIdFor('toy', fireId, 0), causationId: fireId });
    // Removed in the commit that fired it: there is nothing left to fire again.
    expect(await runner.pendingTimers()).toEqual([]);
  });

  it('fires at restart a timer that came due while it was stopped', async () => {
    const first = files.runner(eventStore, readStore, toyManager, toyDispatch(eventStore));
    await first.start();
    await appendToy(eventStore, 'ToyStarted', 'late', 60_000);
    await waitUntil('the timer is stored', async () => (await first.pendingTimers()).length === 1);
    await first.stop();
    expect(await count('ToyReminded', 'late')).toBe(0);

    const later = () => new Date(Date.now() + 120_000);
    await files.runner(eventStore, files.readStore(), toyManager, toyDispatch(eventStore), { now: later }).start();
    await waitUntil('the late reminder is in the log', async () => (await count('ToyReminded', 'late')) === 1);
  });

  it('acts only while it holds the lease: a second runner on the store waits, then takes over', async () => {
    const sent = { first: 0, second: 0 };
    const counting = (who: keyof typeof sent) => async (command: SystemCommand) => {
      sent[who]++;
      await toyDispatch(eventStore)(command);
    };
    const first = files.runner(eventStore, readStore, toyManager, counting('first'));
    const second = files.runner(files.eventStore(), files.readStore(), toyManager, counting('second'));
    await first.start();
    await second.start();
    for (const subject of ['d1', 'd2', 'd3']) await appendToy(eventStore, 'ToyStarted', subject, 60_000);
    await waitUntil('three acknowledgements', async () => (await resultsIn(eventStore)).events.filter((e) => e.type === 'ToyAcknowledged').length === 3);
    expect([sent, first.status().owned, second.status().owned]).toEqual([{ first: 3, second: 0 }, true, false]);

    await first.stop();
    await appendToy(eventStore, 'ToyStarted', 'e', 60_000);
    await waitUntil('the second runner acknowledged e', async () => (await count('ToyAcknowledged', 'e')) === 1);
    expect(sent).toEqual({ first: 3, second: 1 });
  });

  it('drops a command the command path refuses and retries one that failed on the way', async () => {
    const attempts = new Map<string, number>();
    const debug: string[] = [];
    const dispatch = toyDispatch(eventStore);
    const faulty = async (command: SystemCommand): Promise<void> => {
      const subject = String(command.payload.subject);
      attempts.set(subject, (attempts.get(subject) ?? 0) + 1);
      if (subject === 'refused') throw new InvalidState('CLOSED');
      if (subject === 'flaky' && attempts.get(subject)! <= 2) throw new Error('the event store is down');
      await dispatch(command);
    };
    const logger = { debug: (m: string) => debug.push(m), log: () => undefined, warn: () => undefined, error: () => undefined };
    await files.runner(eventStore, readStore, toyManager, faulty, { logger, retryDelayMs: { min: 20, max: 100 } }).start();
    await appendToy(eventStore, 'ToyStarted', 'refused', 60_000);
    await appendToy(eventStore, 'ToyStarted', 'flaky', 60_000);

    await waitUntil('the flaky acknowledgement is in the log', async () => (await count('ToyAcknowledged', 'flaky')) === 1);
    await waitUntil('the outbox is empty', async () => (await outboxOf(readStore)).length === 0);
    expect([attempts.get('refused'), attempts.get('flaky')]).toEqual([1, 3]);
    expect(await count('ToyAcknowledged', 'refused')).toBe(0);
    expect(debug).toEqual([expect.stringContaining('ToyAcknowledge')]);
  });
});
