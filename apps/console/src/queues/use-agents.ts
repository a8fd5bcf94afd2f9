import { AGENT_UPDATED, AGENTS } from '../api/operations';
import { Agent } from '../api/types';
import { useApi } from '../auth/session-context';
import { liveSource, LiveResource, useLiveResource } from '../live/use-live-resource';

function upsertAgent(agents: Agent[], agent: Agent): Agent[] {
  const others = agents.filter((existing) => existing.id !== agent.id);
  return [...others, agent].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The tenant's agents with status and load, kept current by agentUpdated. */
export function useLiveAgents(): LiveResource<Agent[]> {
  const { request } = useApi();
  return useLiveResource<Agent[], Agent>({
    key: 'agents',
    load: async () => (await request(AGENTS)).agents,
    sources: [liveSource(AGENT_UPDATED, {}, (data) => data.agentUpdated)],
    apply: upsertAgent,
  });
}
