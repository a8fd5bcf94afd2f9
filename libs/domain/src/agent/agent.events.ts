export type AgentStatus = 'ONLINE' | 'AWAY' | 'OFFLINE';
export const AGENT_STATUSES: readonly AgentStatus[] = ['ONLINE', 'AWAY', 'OFFLINE'];

export type AgentEvent =
  | { type: 'AgentRegistered'; data: { agentId: string; name: string; queueIds: string[] } }
  | { type: 'AgentStatusChanged'; data: { agentId: string; status: AgentStatus } }
  | { type: 'AgentDeactivated'; data: { agentId: string } };

export type AgentEventType = AgentEvent['type'];
export const AGENT_EVENT_TYPES: readonly AgentEventType[] = ['AgentRegistered', 'AgentStatusChanged', 'AgentDeactivated'];
