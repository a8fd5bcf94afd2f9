import { RecordedEvent, SqliteEventStore } from '@handoff/event-store';
import { commandIdFor } from '@handoff/process-managers';
import { PmFiles } from '../../process-managers/src/testing/pm-files';
import { waitUntil } from '../../process-managers/src/testing/toy-manager';
import { routingManager } from './routing.manager';
import { LogCommandSide } from './testing/log-command-side';
import { ev } from './testing/routing-harness';

/** The routing manager on the real runner over a real SQLite log, its commands executed by a simulated command side. */
describe('routing manager on the process-manager runner', () => {
  let files: PmFiles;
  let eventStore: SqliteEventStore;
  let side: LogCommandSide;

  beforeEach(() => {
    files = new PmFiles();
    eventStore = files.eventStore();
    side = new LogCommandSide(eventStore);
  });

  afterEach(() => files.cleanup());

  const log = (): Promise<RecordedEvent[]> => eventStore.readAll(0n, 100_000);
  const offersOf = async (conversationId: string): Promise<string[]> =>
    (await log()).filter((e) => e.type === 'ConversationOffered' && e.data.conversationId === conversationId).map((e) => String(e.data.agentId));

  it('offers, expires after offerTimeoutSeconds, offers to the next agent, and goes on after a decline, each command caused by what it acted on', async () => {
    await side.person(ev.configured('q1', 'AUTO', { offerTimeoutSeconds: 1 }), ev.registered('agent-c'), ev.status('agent-c', 'ONLINE'));
    await side.person(ev.registered('agent-a'), ev.status('agent-a', 'ONLINE'));
    await files.runner(eventStore, files.readStore(), routingManager, side.dispatch).start();
    await side.person(ev.opened('conv-1'));

    await waitUntil('offered to agent-c', async () => (await offersOf('conv-1')).length === 1);
    expect(await offersOf('conv-1')).toEqual(['agent-c']);
    await waitUntil('expired and offered to agent-a', async () => (await offersOf('conv-1')).length === 2, 10_000);
    expect(await offersOf('conv-1')).toEqual(['agent-c', 'agent-a']);
    const events = await log();
    const opened = events.find((e) => e.type === 'ConversationOpened')!;
    const [firstOffer] = events.filter((e) => e.type === 'ConversationOffered');
    expect(firstOffer.metadata).toMatchObject({ actor: { role: 'SYSTEM' }, causationId: opened.eventId, commandId: commandIdFor('routing', opened.eventId, 0) });
    expect(events.filter((e) => e.type === 'ConversationOfferExpired').map((e) => e.metadata.actor.role)).toEqual(['SYSTEM']);

    await side.person(ev.declined('conv-1', 'agent-a'), ev.released('agent-a', 'conv-1'));
    // Both passed on it: offered again to the one idle longest (agent-c, idle since its offer expired).
    await waitUntil('offered a third time', async () => (await offersOf('conv-1')).length === 3);
    expect(await offersOf('conv-1')).toEqual(['agent-c', 'agent-a', 'agent-c']);
  }, 20_000);
});
