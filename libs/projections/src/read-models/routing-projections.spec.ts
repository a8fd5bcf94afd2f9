import { project } from '../testing/memory-documents';
import { routingLog } from '../testing/routing-log';
import { describeRunTwice } from '../testing/run-twice';
import { AgentDocument, agentsProjection } from './agents/agents.projection';
import { ConversationDocument, conversationsProjection } from './conversations/conversations.projection';
import { ALL_PROJECTIONS } from './index';
import { QueueDocument, queuesProjection } from './queues/queues.projection';

const log = routingLog({ seed: 5, steps: 4000 });

describe('the read models over a generated routing log', () => {
  describeRunTwice(ALL_PROJECTIONS, log);

  it('agree: queue and agent counts, offers, spare capacity and idleness match the conversations read model', async () => {
    const [conversations, queues, agents] = await Promise.all([
      project(conversationsProjection, log), project(queuesProjection, log), project(agentsProjection, log),
    ]);
    const open = (conversations.all() as ConversationDocument[]).filter((c) => c.status !== 'CLOSED');
    const count = (key: (c: ConversationDocument) => string | null) => {
      const counts = new Map<string, number>();
      for (const c of open) {
        const k = key(c);
        if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return (k: string) => counts.get(k) ?? 0;
    };
    const inQueue = (status: string) => count((c) => (c.status === status ? `${c.tenantId}/${c.queueId}` : null));
    const [queued, offered, assigned] = [inQueue('QUEUED'), inQueue('OFFERED'), inQueue('ASSIGNED')];
    const offersTo = count((c) => (c.offer ? `${c.tenantId}/${c.offer.agentId}` : null));
    const assignedTo = count((c) => (c.assigneeId ? `${c.tenantId}/${c.assigneeId}` : null));

    for (const queue of queues.all().filter((document) => document.kind === 'queue') as QueueDocument[]) {
      const key = `${queue.tenantId}/${queue.queueId}`;
      expect({ key, queued: queue.queued, offered: queue.offered, assigned: queue.assigned }).toEqual({ key, queued: queued(key), offered: offered(key), assigned: assigned(key) });
    }
    for (const agent of agents.all() as AgentDocument[]) {
      const key = `${agent.tenantId}/${agent.id}`;
      const held = offersTo(key) + assignedTo(key);
      expect({ key, pendingOffers: agent.pendingOffers, activeConversations: agent.activeConversations, idle: agent.idleSince !== null }).toEqual({
        key, pendingOffers: offersTo(key), activeConversations: assignedTo(key), idle: held === 0,
      });
      expect(agent.spareCapacity).toBe(agent.maxConversations === null ? null : Math.max(0, agent.maxConversations - held));
    }
    expect(open.filter((c) => c.status === 'OFFERED').length).toBeGreaterThan(2);
    expect((conversations.all() as ConversationDocument[]).filter((c) => c.slaBreaches.some((b) => b.kind === 'NO_REPLY')).length).toBeGreaterThan(10);
    expect((agents.all() as AgentDocument[]).filter((a) => a.idleSince !== null).length).toBeGreaterThan(0);
  });
});
