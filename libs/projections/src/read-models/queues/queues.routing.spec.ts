import { project } from '../../testing/memory-documents';
import { EventLog, utc } from '../../testing/recorded';
import { queueConversationId, queueDocumentId, queuesProjection } from './queues.projection';

const tenant = 'acme';
const SYSTEM = { id: 'system', role: 'SYSTEM' as const };
const ref = (conversationId: string) => ({ conversationId, queueId: 'sales' });

async function queuesAfter(log: EventLog) {
  const documents = await project(queuesProjection, log.events);
  return {
    queue: () => documents.find(tenant, queueDocumentId('sales')),
    conversation: (conversationId: string) => documents.find(tenant, queueConversationId(conversationId)),
  };
}

function opened(log: EventLog, conversationId: string, at = utc('09:00:00')): void {
  log.add('ConversationOpened', { ...ref(conversationId), channel: 'webchat' }, { at });
}

function offered(log: EventLog, conversationId: string, agentId = 'a'): void {
  log.add('ConversationOffered', { ...ref(conversationId), agentId, expiresAt: utc('09:10:00') }, { at: utc('09:05:00'), actor: SYSTEM });
}

describe('queues projection: routing', () => {
  it('counts offered conversations apart from queued ones, still waiting since they entered the queue', async () => {
    const log = new EventLog();
    opened(log, 'c1');
    opened(log, 'c2');
    offered(log, 'c1');

    const queues = await queuesAfter(log);

    expect(queues.queue()).toMatchObject({ queued: 1, offered: 1, assigned: 0 });
    expect(queues.conversation('c1')).toMatchObject({ status: 'OFFERED', waitingSince: utc('09:00:00') });
  });

  it('moves a declined, expired or withdrawn offer back to queued and an accepted one to assigned', async () => {
    const log = new EventLog();
    for (const id of ['c1', 'c2', 'c3', 'c4']) {
      opened(log, id);
      offered(log, id);
    }
    log.add('ConversationOfferDeclined', { ...ref('c1'), agentId: 'a' });
    log.add('ConversationOfferExpired', { ...ref('c2'), agentId: 'a' }, { actor: SYSTEM });
    log.add('ConversationOfferWithdrawn', { ...ref('c3'), agentId: 'a', cause: 'AGENT_UNAVAILABLE' }, { actor: SYSTEM });
    log.add('ConversationAssigned', { ...ref('c4'), agentId: 'a' });

    const queues = await queuesAfter(log);

    expect(queues.queue()).toMatchObject({ queued: 3, offered: 0, assigned: 1 });
    expect(queues.conversation('c1')).toMatchObject({ status: 'QUEUED', waitingSince: utc('09:00:00') });
  });

  it('re-queues a conversation returned for no reply with a new wait, and takes a closed offered one off the count', async () => {
    const log = new EventLog();
    opened(log, 'c1');
    opened(log, 'c2');
    log.add('ConversationAssigned', { ...ref('c1'), agentId: 'a' });
    log.add('ConversationReturnedToQueue', { ...ref('c1'), agentId: 'a', cause: 'NO_REPLY' }, { at: utc('09:30:00'), actor: SYSTEM });
    offered(log, 'c2');
    log.add('ConversationClosed', { conversationId: 'c2' });

    const queues = await queuesAfter(log);

    expect(queues.queue()).toMatchObject({ queued: 1, offered: 0, assigned: 0 });
    expect(queues.conversation('c1')).toMatchObject({ status: 'QUEUED', waitingSince: utc('09:30:00') });
  });

  it('shows the routing and wait target the queue was last configured with; MANUAL and none before', async () => {
    const log = new EventLog();
    opened(log, 'c1');

    expect((await queuesAfter(log)).queue()).toMatchObject({ routing: 'MANUAL', maxWaitSeconds: null });

    const settings = { queueId: 'sales', routing: 'AUTO', offerTimeoutSeconds: 30, serviceLevelSeconds: 60 } as const;
    log.add('QueueConfigured', { ...settings, maxWaitSeconds: 120 });
    log.add('QueueConfigured', { ...settings, maxWaitSeconds: 300 });

    expect((await queuesAfter(log)).queue()).toMatchObject({ routing: 'AUTO', maxWaitSeconds: 300, queued: 1 });
  });

  it('lists a configured queue that has no conversations yet', async () => {
    const log = new EventLog();
    log.add('QueueConfigured', { queueId: 'sales', routing: 'AUTO', offerTimeoutSeconds: 30, serviceLevelSeconds: 60 });

    expect((await queuesAfter(log)).queue()).toMatchObject({ queued: 0, offered: 0, assigned: 0, routing: 'AUTO', maxWaitSeconds: null });
  });
});
