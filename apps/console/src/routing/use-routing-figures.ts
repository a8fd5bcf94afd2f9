import { useApi } from '../auth/session-context';
import { liveSource, LiveResource, useLiveResource } from '../live/use-live-resource';
import { AGENT_LOAD_UPDATED, AGENT_LOADS, QUEUE_ROUTING, QUEUE_ROUTING_UPDATED } from '../api/routing-operations';
import { AgentLoad, QueueRouting } from './types';

function upsert<T>(key: (item: T) => string) {
  return (items: T[], item: T): T[] => [...items.filter((existing) => key(existing) !== key(item)), item];
}

/** Each queue's routing mode, offered and overdue counts, kept current by queueUpdated. */
export function useQueueRouting(): LiveResource<QueueRouting[]> {
  const { request } = useApi();
  return useLiveResource<QueueRouting[], QueueRouting>({
    key: 'queue-routing',
    load: async () => (await request(QUEUE_ROUTING)).queues,
    sources: [liveSource(QUEUE_ROUTING_UPDATED, {}, (data) => data.queueUpdated)],
    apply: upsert((queue) => queue.queueId),
  });
}

/** Each agent's load against its capacity and idle time, kept current by agentUpdated. */
export function useAgentLoads(): LiveResource<AgentLoad[]> {
  const { request } = useApi();
  return useLiveResource<AgentLoad[], AgentLoad>({
    key: 'agent-loads',
    load: async () => (await request(AGENT_LOADS)).agents,
    sources: [liveSource(AGENT_LOAD_UPDATED, {}, (data) => data.agentUpdated)],
    apply: upsert((agent) => agent.id),
  });
}
