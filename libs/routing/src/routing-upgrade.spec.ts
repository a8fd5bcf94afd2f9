import { RecordedEvent, SqliteEventStore } from '@handoff/event-store';
import { commandIdFor, pmCollection } from '@handoff/process-managers';
import { SqliteReadStore } from '@handoff/read-store';
import { PmFiles } from '../../process-managers/src/testing/pm-files';
import { waitUntil } from '../../process-managers/src/testing/toy-manager';
import { putState } from '../../process-managers/src/pm-store';
import { ROUTING_MANAGER, routingManager } from './routing.manager';
import { LOG_TENANT, LogCommandSide } from './testing/log-command-side';
import { ev } from './testing/routing-harness';

const COLLECTION = pmCollection(ROUTING_MANAGER).name;

/**
 * The documents the routing manager's version 1 (one `queues` and one `agents` document per tenant) kept for this
 * log: q1 AUTO with c0 offered to a0 (ONLINE, at its capacity of one) and c1, c2 waiting; a1 and a2 OFFLINE.
 */
function versionOneState(log: RecordedEvent[]): Record<string, Record<string, unknown>> {
  const at = (type: string, id: string): RecordedEvent => log.find((e) => e.type === type && (e.data.conversationId ?? e.data.agentId) === id)!;
  const waiting = (conversationId: string) => {
    const opened = at('ConversationOpened', conversationId);
    return { conversationId, queueId: 'q1', channel: 'chat', since: opened.metadata.occurredAt, waitVersion: opened.streamVersion, passed: [] };
  };
  const agent = (agentId: string) => ({
    status: 'OFFLINE', active: true, queueIds: ['q1'], maxConversations: null, channelLimits: [], holdings: {},
    idleSince: at('AgentRegistered', agentId).metadata.occurredAt,
  });
  const offered = { ...waiting('c0'), offer: { agentId: 'a0', version: at('ConversationOffered', 'c0').streamVersion } };
  return {
    queues: { settings: { q1: { routing: 'AUTO', offerTimeoutSeconds: 30 } }, waiting: [offered, waiting('c1'), waiting('c2')] },
    agents: { agents: { a0: { ...agent('a0'), status: 'ONLINE', maxConversations: 1, holdings: { c0: 'chat' }, idleSince: null }, a1: agent('a1'), a2: agent('a2') } },
    'conversation:c0': { queueId: 'q1', channel: 'chat' },
    'conversation:c1': { queueId: 'q1', channel: 'chat' },
    'conversation:c2': { queueId: 'q1', channel: 'chat' },
  };
}

/** Version 1 in production: its only generation at the head of the log, holding the documents above. */
async function versionOneStored(readStore: SqliteReadStore, log: RecordedEvent[]): Promise<void> {
  await readStore.init([pmCollection(ROUTING_MANAGER)]);
  const { generation } = await readStore.createGeneration(COLLECTION, 1);
  await readStore.acquireLease(COLLECTION, 'v1', 1000);
  const writes = Object.entries(versionOneState(log)).map(([key, value]) => putState(LOG_TENANT, key, value));
  await readStore.commit({ projection: COLLECTION, generation, checkpoint: log[log.length - 1].position.toString(), writes, owner: 'v1' });
  await readStore.releaseLease(COLLECTION, 'v1');
}

/** What version 1 sent when c0 opened (a0 free): the offer, under the id the runner derives for that cause. */
async function versionOneOffered(side: LogCommandSide, opened: RecordedEvent): Promise<void> {
  await side.dispatch({
    commandId: commandIdFor(ROUTING_MANAGER, opened.eventId, 0), tenantId: LOG_TENANT, type: 'OfferConversation',
    payload: { conversationId: 'c0', agentId: 'a0', expiresAt: new Date(Date.now() + 30_000).toISOString() },
    causationId: opened.eventId, correlationId: opened.metadata.correlationId, processManager: ROUTING_MANAGER,
  });
}

describe('routing manager upgraded from version 1', () => {
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
  const offers = async (): Promise<string[]> =>
    (await log()).filter((e) => e.type === 'ConversationOffered').map((e) => String(e.data.conversationId));

  it('rebuilds its state from the log and offers the conversations waiting when the agents came online during the upgrade', async () => {
    await side.person(ev.configured('q1', 'AUTO'), ev.registered('a0'), ev.registered('a1'), ev.registered('a2'));
    await side.person(ev.capacity('a0', 1), ev.status('a0', 'ONLINE'));
    await side.person(ev.opened('c0'));
    await versionOneOffered(side, (await log()).find((e) => e.type === 'ConversationOpened')!);
    await side.person(ev.opened('c1'));
    await side.person(ev.opened('c2'));
    const readStore = files.readStore();
    await versionOneStored(readStore, await log());
    // While the new release was deployed (no router running), the agents came online.
    await side.person(ev.status('a1', 'ONLINE'), ev.status('a2', 'ONLINE'));

    await files.runner(eventStore, readStore, routingManager, side.dispatch).start();

    await waitUntil('both waiting conversations are offered', async () => (await offers()).length === 3);
    // c0's offer, derived again by the fold under the id version 1 sent it with, is not made twice.
    expect((await offers()).sort()).toEqual(['c0', 'c1', 'c2']);
    expect(await readStore.get(COLLECTION, LOG_TENANT, 's:queues')).toBeNull();
    expect(await readStore.get(COLLECTION, LOG_TENANT, 's:queue:q1')).not.toBeNull();
    expect((await readStore.generations(COLLECTION)).map((g) => [g.version, g.active])).toEqual([[2, true]]);
  });
});
