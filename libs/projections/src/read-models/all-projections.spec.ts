import { RecordedEvent } from '@handoff/event-store';
import { generateAppends, recordAll } from '../testing/event-generator';
import { project } from '../testing/memory-documents';
import { describeRunTwice } from '../testing/run-twice';
import { AgentDocument } from './agents/agents.projection';
import { ConversationDocument, conversationsProjection } from './conversations/conversations.projection';
import { agentsProjection, ALL_PROJECTIONS, queuesProjection } from './index';
import { QueueDocument } from './queues/queues.projection';

const log: RecordedEvent[] = recordAll(generateAppends({ seed: 7, events: 6000 }));

describeRunTwice(ALL_PROJECTIONS, log);

describe('the projections of one generated log', () => {
  it('agree: queue counts and agent loads match the conversations read model', async () => {
    const [conversations, queues, agents] = await Promise.all([
      project(conversationsProjection, log), project(queuesProjection, log), project(agentsProjection, log),
    ]);
    const open = conversations.all() as ConversationDocument[];
    const expectedQueues = new Map<string, { queued: number; assigned: number }>();
    const expectedLoads = new Map<string, number>();
    for (const conversation of open) {
      const key = `${conversation.tenantId}/${conversation.queueId}`;
      const counts = expectedQueues.get(key) ?? { queued: 0, assigned: 0 };
      if (conversation.status === 'QUEUED') counts.queued += 1;
      if (conversation.status === 'ASSIGNED') counts.assigned += 1;
      expectedQueues.set(key, counts);
      if (conversation.assigneeId) {
        const agentKey = `${conversation.tenantId}/${conversation.assigneeId}`;
        expectedLoads.set(agentKey, (expectedLoads.get(agentKey) ?? 0) + 1);
      }
    }

    const queueDocuments = queues.all().filter((document) => document.kind === 'queue') as QueueDocument[];
    for (const queue of queueDocuments) {
      expect({ queue: queue.queueId, queued: queue.queued, assigned: queue.assigned }).toEqual({
        queue: queue.queueId,
        ...(expectedQueues.get(`${queue.tenantId}/${queue.queueId}`) ?? { queued: 0, assigned: 0 }),
      });
    }
    for (const agent of agents.all() as AgentDocument[]) {
      expect({ agent: agent.id, load: agent.activeConversations }).toEqual({
        agent: agent.id,
        load: expectedLoads.get(`${agent.tenantId}/${agent.id}`) ?? 0,
      });
    }
    expect(open.filter((c) => c.status === 'ASSIGNED').length).toBeGreaterThan(10);
    expect(open.filter((c) => c.transferCount > 1).length).toBeGreaterThan(10);
  });
});
