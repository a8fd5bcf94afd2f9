export type AgentStatus = 'ONLINE' | 'AWAY' | 'OFFLINE';
export const AGENT_STATUSES: readonly AgentStatus[] = ['ONLINE', 'AWAY', 'OFFLINE'];

export type AgentEvent =
  | { type: 'AgentRegistered'; data: { agentId: string; name: string; queueIds: string[] } }
  | { type: 'AgentStatusChanged'; data: { agentId: string; status: AgentStatus } }
  | { type: 'AgentDeactivated'; data: { agentId: string } }
  // Capacity (DESIGN.md "Routing"): the limits, and what the agent holds (OFFERED or ASSIGNED), appended in the
  // same atomic write as the conversation event that changes it.
  | { type: 'AgentCapacitySet'; data: { agentId: string; maxConversations: number | null; channelLimits: ChannelLimit[] } }
  | { type: 'AgentConversationTaken'; data: { agentId: string; conversationId: string; channel: string } }
  | { type: 'AgentConversationReleased'; data: { agentId: string; conversationId: string } };

export interface ChannelLimit {
  channel: string;
  max: number;
}

export type AgentEventType = AgentEvent['type'];
export const AGENT_EVENT_TYPES: readonly AgentEventType[] = [
  'AgentRegistered',
  'AgentStatusChanged',
  'AgentDeactivated',
  'AgentCapacitySet',
  'AgentConversationTaken',
  'AgentConversationReleased',
];
