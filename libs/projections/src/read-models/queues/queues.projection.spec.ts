import { project } from '../../testing/memory-documents';
import { EventLog, utc } from '../../testing/recorded';
import { queueConversationId, queueDocumentId, queuesProjection } from '../queues/queues.projection';

const tenant = 'acme';

async function queuesAfter(log: EventLog) {
  const documents = await project(queuesProjection, log.events);
  return {
    queue: (queueId: string) => documents.find(tenant, queueDocumentId(queueId)),
    conversation: (conversationId: string) => documents.find(tenant, queueConversationId(conversationId)),
  };
}

function openTwo(log: EventLog): void {
  log.add('ConversationOpened', { conversationId: 'c1', queueId: 'sales', channel: 'webchat' }, { at: utc('09:00:00') });
  log.add('ConversationOpened', { conversationId: 'c2', queueId: 'sales', channel: 'webchat' }, { at: utc('09:05:00') });
}

const counts = (queued: number, assigned: number, agentsOnline = 0) => ({ queued, assigned, agentsOnline });

describe('queues projection', () => {
  it('counts opened conversations as queued, each waiting since it was opened', async () => {
    const log = new EventLog();
    openTwo(log);

    const queues = await queuesAfter(log);

    expect(queues.queue('sales')).toEqual({
      tenantId: tenant, id: 'queue:sales', kind: 'queue', queueId: 'sales', ...counts(2, 0), offered: 0, routing: 'MANUAL', maxWaitSeconds: null,
    });
    expect(queues.conversation('c1')).toMatchObject({ kind: 'conversation', queueId: 'sales', status: 'QUEUED', waitingSince: utc('09:00:00') });
  });

  it('moves an assigned conversation from queued to assigned, and a transfer keeps it there', async () => {
    const log = new EventLog();
    openTwo(log);
    log.add('ConversationAssigned', { conversationId: 'c1', agentId: 'a', queueId: 'sales' });
    log.add('ConversationTransferred', { conversationId: 'c1', fromAgentId: 'a', toAgentId: 'b', reasonId: 'r', reasonName: 'R' });

    const queues = await queuesAfter(log);

    expect(queues.queue('sales')).toMatchObject(counts(1, 1));
    expect(queues.conversation('c1')).toMatchObject({ status: 'ASSIGNED', waitingSince: null });
  });

  it('re-queues an unassigned conversation, waiting since the unassignment', async () => {
    const log = new EventLog();
    openTwo(log);
    log.add('ConversationAssigned', { conversationId: 'c1', agentId: 'a', queueId: 'sales' }, { at: utc('09:10:00') });
    log.add('ConversationUnassigned', { conversationId: 'c1', agentId: 'a', queueId: 'sales' }, { at: utc('09:30:00') });

    const queues = await queuesAfter(log);

    expect(queues.queue('sales')).toMatchObject(counts(2, 0));
    expect(queues.conversation('c1')).toMatchObject({ status: 'QUEUED', waitingSince: utc('09:30:00') });
  });

  it('takes a conversation closed while assigned off the assigned count', async () => {
    const log = new EventLog();
    openTwo(log);
    log.add('ConversationAssigned', { conversationId: 'c1', agentId: 'a', queueId: 'sales' });
    log.add('ConversationClosed', { conversationId: 'c1', agentId: 'a' });

    const queues = await queuesAfter(log);

    expect(queues.queue('sales')).toMatchObject(counts(1, 0));
    expect(queues.conversation('c1')).toBeNull();
  });

  it('takes a conversation closed while queued off the queued count, so the next one is the oldest', async () => {
    const log = new EventLog();
    openTwo(log);
    log.add('ConversationClosed', { conversationId: 'c1' });

    const queues = await queuesAfter(log);

    expect(queues.queue('sales')).toMatchObject(counts(1, 0));
    expect(queues.conversation('c1')).toBeNull();
    expect(queues.conversation('c2')).toMatchObject({ status: 'QUEUED', waitingSince: utc('09:05:00') });
  });

  it('counts an agent online in each of its queues while its status is ONLINE', async () => {
    const log = new EventLog();
    log.add('AgentRegistered', { agentId: 'a', name: 'Ann', queueIds: ['sales', 'support'] });
    log.add('AgentRegistered', { agentId: 'b', name: 'Bob', queueIds: ['sales'] });
    log.add('AgentStatusChanged', { agentId: 'a', status: 'ONLINE' });
    log.add('AgentStatusChanged', { agentId: 'b', status: 'ONLINE' });

    const queues = await queuesAfter(log);

    expect(queues.queue('sales')).toMatchObject(counts(0, 0, 2));
    expect(queues.queue('support')).toMatchObject(counts(0, 0, 1));
  });

  it('stops counting an agent that goes away, goes offline or is deactivated', async () => {
    const log = new EventLog();
    for (const agentId of ['a', 'b', 'c']) {
      log.add('AgentRegistered', { agentId, name: agentId, queueIds: ['sales'] });
      log.add('AgentStatusChanged', { agentId, status: 'ONLINE' });
    }
    log.add('AgentStatusChanged', { agentId: 'a', status: 'AWAY' });
    log.add('AgentStatusChanged', { agentId: 'b', status: 'OFFLINE' });
    log.add('AgentDeactivated', { agentId: 'c' });

    expect((await queuesAfter(log)).queue('sales')).toMatchObject({ agentsOnline: 0 });
  });

  it('moves an online agent between queues when it is registered again with other queues', async () => {
    const log = new EventLog();
    log.add('AgentRegistered', { agentId: 'a', name: 'Ann', queueIds: ['sales', 'support'] });
    log.add('AgentStatusChanged', { agentId: 'a', status: 'ONLINE' });
    log.add('AgentRegistered', { agentId: 'a', name: 'Ann', queueIds: ['support', 'vip'] });

    const queues = await queuesAfter(log);

    expect(queues.queue('sales')).toMatchObject({ agentsOnline: 0 });
    expect(queues.queue('support')).toMatchObject({ agentsOnline: 1 });
    expect(queues.queue('vip')).toMatchObject({ agentsOnline: 1 });
  });

  it('lists the queues of an agent registered while offline, with no agent online', async () => {
    const log = new EventLog();
    log.add('AgentRegistered', { agentId: 'a', name: 'Ann', queueIds: ['sales'] });

    expect((await queuesAfter(log)).queue('sales')).toMatchObject({ agentsOnline: 0 });
  });
});
