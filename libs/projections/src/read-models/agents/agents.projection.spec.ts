import { MemoryDocuments, project } from '../../testing/memory-documents';
import { EventLog } from '../../testing/recorded';
import { AgentDocument, agentsProjection } from '../agents/agents.projection';

const tenant = 'acme';

function registered(log: EventLog, ...agentIds: string[]): void {
  for (const agentId of agentIds) log.add('AgentRegistered', { agentId, name: `Agent ${agentId}`, queueIds: ['sales'] });
}

function assigned(log: EventLog, conversationId: string, agentId: string): void {
  log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'webchat' });
  log.add('ConversationAssigned', { conversationId, agentId, queueId: 'sales' });
}

function transferred(log: EventLog, conversationId: string, fromAgentId: string, toAgentId: string): void {
  log.add('ConversationTransferred', { conversationId, fromAgentId, toAgentId, reasonId: 'billing', reasonName: 'Billing' });
}

async function agentsAfter(events: EventLog['events'], documents?: MemoryDocuments) {
  const projected = await project(agentsProjection, events, documents);
  return (agentId: string) => projected.find<AgentDocument>(tenant, agentId);
}

const load = (agent: AgentDocument | null) => agent?.activeConversations;

describe('agents projection', () => {
  it('registers an agent offline, active, with no conversations', async () => {
    const log = new EventLog();
    registered(log, 'a');

    expect((await agentsAfter(log.events))('a')).toEqual({
      tenantId: tenant,
      id: 'a',
      name: 'Agent a',
      status: 'OFFLINE',
      queueIds: ['sales'],
      active: true,
      activeConversations: 0,
      assignedConversationIds: [],
      pendingOffers: 0,
      offeredConversationIds: [],
      maxConversations: null,
      channelLimits: [],
      spareCapacity: null,
      idleSince: '2026-03-02T10:00:00.000Z',
      position: '1',
    });
  });

  it('moves the load along a transfer chain a → b → c', async () => {
    const log = new EventLog();
    registered(log, 'a', 'b', 'c');
    assigned(log, 'c1', 'a');
    assigned(log, 'c2', 'a');
    transferred(log, 'c1', 'a', 'b');
    transferred(log, 'c1', 'b', 'c');

    const agent = await agentsAfter(log.events);

    expect([load(agent('a')), load(agent('b')), load(agent('c'))]).toEqual([1, 0, 1]);
    expect(agent('c')?.assignedConversationIds).toEqual(['c1']);
  });

  it('takes an unassigned conversation off the agent', async () => {
    const log = new EventLog();
    registered(log, 'a');
    assigned(log, 'c1', 'a');
    log.add('ConversationUnassigned', { conversationId: 'c1', agentId: 'a', queueId: 'sales' });

    expect(load((await agentsAfter(log.events))('a'))).toBe(0);
  });

  it('takes a conversation closed while assigned off the agent; one closed while queued changes no load', async () => {
    const log = new EventLog();
    registered(log, 'a');
    assigned(log, 'c1', 'a');
    assigned(log, 'c2', 'a');
    log.add('ConversationClosed', { conversationId: 'c1', agentId: 'a' });
    log.add('ConversationOpened', { conversationId: 'c3', queueId: 'sales', channel: 'webchat' });
    log.add('ConversationClosed', { conversationId: 'c3' });

    expect((await agentsAfter(log.events))('a')).toMatchObject({ activeConversations: 1, assignedConversationIds: ['c2'] });
  });

  it('shows status changes, and a deactivated agent as inactive and offline', async () => {
    const log = new EventLog();
    registered(log, 'a', 'b');
    log.add('AgentStatusChanged', { agentId: 'a', status: 'ONLINE' });
    log.add('AgentStatusChanged', { agentId: 'b', status: 'AWAY' });
    log.add('AgentStatusChanged', { agentId: 'b', status: 'ONLINE' });
    log.add('AgentDeactivated', { agentId: 'b' });

    const agent = await agentsAfter(log.events);

    expect(agent('a')).toMatchObject({ status: 'ONLINE', active: true });
    expect(agent('b')).toMatchObject({ status: 'OFFLINE', active: false });
  });

  it('brings a deactivated agent back when it is registered again, with its new name and queues', async () => {
    const log = new EventLog();
    registered(log, 'a');
    log.add('AgentDeactivated', { agentId: 'a' });
    log.add('AgentRegistered', { agentId: 'a', name: 'Ann', queueIds: ['support', 'vip'] });

    expect((await agentsAfter(log.events))('a')).toMatchObject({ name: 'Ann', queueIds: ['support', 'vip'], active: true, status: 'OFFLINE' });
  });

  it('ignores conversation events of agents it does not know', async () => {
    const log = new EventLog();
    assigned(log, 'c1', 'ghost');

    expect((await agentsAfter(log.events))('ghost')).toBeNull();
  });

  it('counts a conversation once when its events are delivered twice', async () => {
    const log = new EventLog();
    registered(log, 'a', 'b');
    assigned(log, 'c1', 'a');
    assigned(log, 'c2', 'a');
    transferred(log, 'c1', 'a', 'b');
    const once = await project(agentsProjection, log.events);

    const twice = await project(agentsProjection, [...log.events, ...log.events]);

    expect(twice.snapshot()).toBe(once.snapshot());
    expect(load(twice.find<AgentDocument>(tenant, 'a'))).toBe(1);
  });
});
