import { Collection, Condition } from '@handoff/read-store';
import { AgentDocument } from './agents.projection';

export function findAgent(agents: Collection<AgentDocument>, tenantId: string, id: string): Promise<AgentDocument | null> {
  return agents.get(tenantId, id);
}

export function agentsByIds(agents: Collection<AgentDocument>, tenantId: string, ids: readonly string[]): Promise<AgentDocument[]> {
  return agents.getMany(tenantId, ids);
}

/** By name; those of a queue and in a status when asked. */
export async function listAgents(agents: Collection<AgentDocument>, tenantId: string, filter: { queueId?: string; status?: string }): Promise<AgentDocument[]> {
  const { queueId, status } = filter;
  const where: Condition[] = status ? [{ field: 'status', eq: status }] : [];
  const listed = await agents.list(tenantId, where, [{ field: 'name', direction: 'asc' }]);
  return queueId ? listed.filter((agent) => agent.queueIds.includes(queueId)) : listed;
}
