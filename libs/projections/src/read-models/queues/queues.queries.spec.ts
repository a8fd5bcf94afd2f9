import { collection } from '@handoff/read-store';
import { caughtUp, SqliteFiles } from '../../testing/read-model-fixture';
import { EventLog, toNewEvent, utc } from '../../testing/recorded';
import { QUEUES, queuesProjection } from './queues.projection';
import { queueSummaries, queueSummary } from './queues.queries';

const SYSTEM = { id: 'system', role: 'SYSTEM' as const };
const settings = { queueId: 'sales', routing: 'AUTO', offerTimeoutSeconds: 30, serviceLevelSeconds: 60 } as const;

/** c1 waits since 09:00 (offered at 09:05), c2 since 09:02, c3 since 09:04; c4 was assigned. */
function waitingLine(log: EventLog): void {
  const open = (conversationId: string, at: string) => log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'webchat' }, { at });
  open('c1', utc('09:00:00'));
  open('c2', utc('09:02:00'));
  open('c3', utc('09:04:00'));
  open('c4', utc('08:00:00'));
  log.add('ConversationAssigned', { conversationId: 'c4', agentId: 'a', queueId: 'sales' }, { at: utc('08:01:00') });
  log.add('ConversationOffered', { conversationId: 'c1', agentId: 'a', queueId: 'sales', expiresAt: utc('09:05:30') }, { at: utc('09:05:00'), actor: SYSTEM });
}

describe('the queue board over the SQLite read store', () => {
  const files = new SqliteFiles();
  afterAll(() => files.cleanup());

  async function boardAfter(log: EventLog, name: string) {
    const eventStore = files.eventStore(name);
    const readStore = files.readStore(name);
    for (const event of log.events) await eventStore.append(event.stream, [toNewEvent(event)], 'any');
    const projector = files.projector(eventStore, readStore, [queuesProjection]);
    await projector.start();
    await caughtUp(projector, eventStore);
    return collection(readStore, QUEUES);
  }

  it('counts as overdue the QUEUED and OFFERED conversations waiting longer than maxWaitSeconds at the time asked', async () => {
    const log = new EventLog();
    waitingLine(log);
    log.add('QueueConfigured', { ...settings, maxWaitSeconds: 240 });
    const queues = await boardAfter(log, 'overdue.db');

    const at = async (time: string) => (await queueSummary(queues, 'acme', 'sales', new Date(utc(time))))?.overdue;

    // 09:04:00 is exactly 240 s after 09:00:00: not longer, not overdue yet.
    expect([await at('09:04:00'), await at('09:04:01'), await at('09:06:30'), await at('09:08:01')]).toEqual([0, 1, 2, 3]);
  });

  it('answers 0 overdue without a wait target, and the oldest wait among QUEUED and OFFERED', async () => {
    const log = new EventLog();
    waitingLine(log);
    const queues = await boardAfter(log, 'no-target.db');

    expect(await queueSummaries(queues, 'acme', new Date(utc('23:00:00')))).toEqual([{
      queueId: 'sales', queued: 2, offered: 1, assigned: 1, oldestWaitingSince: utc('09:00:00'), agentsOnline: 0, routing: 'MANUAL', overdue: 0,
    }]);
  });
});
