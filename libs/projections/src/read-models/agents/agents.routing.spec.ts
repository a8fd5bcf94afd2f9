import { project } from '../../testing/memory-documents';
import { EventLog, utc } from '../../testing/recorded';
import { AgentDocument, agentsProjection } from './agents.projection';

const tenant = 'acme';
const SYSTEM = { id: 'system', role: 'SYSTEM' as const };

function registered(log: EventLog, agentId: string, at = utc('09:00:00')): void {
  log.add('AgentRegistered', { agentId, name: `Agent ${agentId}`, queueIds: ['sales'] }, { at });
}

function opened(log: EventLog, conversationId: string, at = utc('09:30:00')): void {
  log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'webchat' }, { at });
}

/** An offer as the command side appends it: the conversation's event, then the agent's holding. */
function offered(log: EventLog, conversationId: string, agentId: string, at: string): void {
  log.add('ConversationOffered', { conversationId, agentId, queueId: 'sales', expiresAt: utc('23:00:00') }, { at, actor: SYSTEM });
  log.add('AgentConversationTaken', { agentId, conversationId, channel: 'webchat' }, { at, actor: SYSTEM });
}

function released(log: EventLog, conversationId: string, agentId: string, at: string): void {
  log.add('AgentConversationReleased', { agentId, conversationId }, { at, actor: SYSTEM });
}

async function agentAfter(log: EventLog, agentId: string): Promise<AgentDocument> {
  return (await project(agentsProjection, log.events)).find<AgentDocument>(tenant, agentId) as AgentDocument;
}

describe('agents projection: capacity and offers', () => {
  it('shows the capacity set, and the spare capacity under it; unlimited without a total', async () => {
    const log = new EventLog();
    registered(log, 'a');
    log.add('AgentCapacitySet', { agentId: 'a', maxConversations: 3, channelLimits: [{ channel: 'email', max: 1 }] });

    expect(await agentAfter(log, 'a')).toMatchObject({ maxConversations: 3, channelLimits: [{ channel: 'email', max: 1 }], spareCapacity: 3 });

    log.add('AgentCapacitySet', { agentId: 'a', maxConversations: null, channelLimits: [] });

    expect(await agentAfter(log, 'a')).toMatchObject({ maxConversations: null, channelLimits: [], spareCapacity: null });
  });

  it('counts OFFERED and ASSIGNED conversations, all channels, against the spare capacity', async () => {
    const log = new EventLog();
    registered(log, 'a');
    log.add('AgentCapacitySet', { agentId: 'a', maxConversations: 3, channelLimits: [] });
    opened(log, 'c1');
    opened(log, 'c2');
    offered(log, 'c1', 'a', utc('10:00:00'));
    log.add('ConversationAssigned', { conversationId: 'c2', agentId: 'a', queueId: 'sales' }, { at: utc('10:01:00') });

    expect(await agentAfter(log, 'a')).toMatchObject({ pendingOffers: 1, activeConversations: 1, spareCapacity: 1, offeredConversationIds: ['c1'] });
  });

  it('turns an accepted offer into an assignment, and a declined, expired or withdrawn one into nothing', async () => {
    const log = new EventLog();
    registered(log, 'a');
    for (const id of ['c1', 'c2', 'c3', 'c4']) {
      opened(log, id);
      offered(log, id, 'a', utc('10:00:00'));
    }
    log.add('ConversationAssigned', { conversationId: 'c1', agentId: 'a', queueId: 'sales' }, { at: utc('10:00:05'), actor: { id: 'a', role: 'AGENT' } });
    log.add('ConversationOfferDeclined', { conversationId: 'c2', agentId: 'a', queueId: 'sales' }, { at: utc('10:00:06') });
    released(log, 'c2', 'a', utc('10:00:06'));
    log.add('ConversationOfferExpired', { conversationId: 'c3', agentId: 'a', queueId: 'sales' }, { at: utc('10:00:30'), actor: SYSTEM });
    released(log, 'c3', 'a', utc('10:00:30'));
    log.add('ConversationOfferWithdrawn', { conversationId: 'c4', agentId: 'a', queueId: 'sales', cause: 'AGENT_UNAVAILABLE' }, { at: utc('10:00:40'), actor: SYSTEM });
    released(log, 'c4', 'a', utc('10:00:40'));

    expect(await agentAfter(log, 'a')).toMatchObject({ pendingOffers: 0, offeredConversationIds: [], activeConversations: 1, assignedConversationIds: ['c1'] });
  });

  it('is idle since registration, holds nothing idle while it holds one, and idle again since it let go of the last', async () => {
    const log = new EventLog();
    registered(log, 'a', utc('09:00:00'));
    opened(log, 'c1');
    opened(log, 'c2');

    expect((await agentAfter(log, 'a')).idleSince).toBe(utc('09:00:00'));

    offered(log, 'c1', 'a', utc('10:00:00'));
    log.add('ConversationAssigned', { conversationId: 'c2', agentId: 'a', queueId: 'sales' }, { at: utc('10:01:00') });
    log.add('ConversationOfferDeclined', { conversationId: 'c1', agentId: 'a', queueId: 'sales' }, { at: utc('10:02:00') });
    released(log, 'c1', 'a', utc('10:02:00'));

    expect((await agentAfter(log, 'a')).idleSince).toBeNull();

    log.add('ConversationClosed', { conversationId: 'c2', agentId: 'a' }, { at: utc('10:05:00') });

    expect(await agentAfter(log, 'a')).toMatchObject({ idleSince: utc('10:05:00'), activeConversations: 0 });
  });

  it('follows today\'s assign, transfer and unassign of conversations that have no holding events', async () => {
    const log = new EventLog();
    registered(log, 'a');
    registered(log, 'b');
    opened(log, 'c1');
    log.add('ConversationAssigned', { conversationId: 'c1', agentId: 'a', queueId: 'sales' }, { at: utc('10:00:00') });
    log.add('ConversationTransferred', { conversationId: 'c1', fromAgentId: 'a', toAgentId: 'b', reasonId: 'r', reasonName: 'R' }, { at: utc('10:10:00') });

    expect(await agentAfter(log, 'a')).toMatchObject({ idleSince: utc('10:10:00'), activeConversations: 0 });
    expect(await agentAfter(log, 'b')).toMatchObject({ idleSince: null, activeConversations: 1 });

    log.add('ConversationUnassigned', { conversationId: 'c1', agentId: 'b', queueId: 'sales' }, { at: utc('10:20:00') });

    expect(await agentAfter(log, 'b')).toMatchObject({ idleSince: utc('10:20:00'), activeConversations: 0 });
  });

  it('lets go of a conversation returned to the queue, and of an offered one that was closed (told by the release)', async () => {
    const log = new EventLog();
    registered(log, 'a');
    opened(log, 'c1');
    opened(log, 'c2');
    log.add('ConversationAssigned', { conversationId: 'c1', agentId: 'a', queueId: 'sales' }, { at: utc('10:00:00') });
    offered(log, 'c2', 'a', utc('10:00:10'));
    log.add('ConversationReturnedToQueue', { conversationId: 'c1', agentId: 'a', queueId: 'sales', cause: 'NO_REPLY' }, { at: utc('10:05:00'), actor: SYSTEM });
    released(log, 'c1', 'a', utc('10:05:00'));
    log.add('ConversationClosed', { conversationId: 'c2' }, { at: utc('10:06:00') });
    released(log, 'c2', 'a', utc('10:06:00'));

    expect(await agentAfter(log, 'a')).toMatchObject({ activeConversations: 0, pendingOffers: 0, idleSince: utc('10:06:00') });
  });

  it('keeps idleSince when a batch it already applied is delivered again', async () => {
    const log = new EventLog();
    registered(log, 'a');
    opened(log, 'c1');
    opened(log, 'c2');
    log.add('ConversationAssigned', { conversationId: 'c1', agentId: 'a', queueId: 'sales' }, { at: utc('10:00:00') });
    const redelivered = log.events.length;
    log.add('ConversationAssigned', { conversationId: 'c2', agentId: 'a', queueId: 'sales' }, { at: utc('10:01:00') });
    log.add('ConversationUnassigned', { conversationId: 'c2', agentId: 'a', queueId: 'sales' }, { at: utc('10:02:00') });
    log.add('ConversationUnassigned', { conversationId: 'c1', agentId: 'a', queueId: 'sales' }, { at: utc('10:03:00') });
    const once = await project(agentsProjection, log.events);

    const twice = await project(agentsProjection, log.events.slice(redelivered), await project(agentsProjection, log.events));

    expect(twice.snapshot()).toBe(once.snapshot());
    expect(twice.find<AgentDocument>(tenant, 'a')?.idleSince).toBe(utc('10:03:00'));
  });
});
