/** The shapes the console reads from the contract (shared/api-contract.graphql); only the fields it asks for. */
export const ROLES = ['AGENT', 'SUPERVISOR', 'ANALYST', 'AUDITOR', 'ADMIN', 'INTEGRATION'] as const;
export type Role = (typeof ROLES)[number];
export type ConversationStatus = 'QUEUED' | 'ASSIGNED' | 'CLOSED';
export const AGENT_STATUSES = ['ONLINE', 'AWAY', 'OFFLINE'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

export interface Agent {
  id: string;
  name: string;
  status: AgentStatus;
  queueIds: string[];
  active: boolean;
  activeConversations: number;
}

export type AgentRef = Pick<Agent, 'id' | 'name'>;

export interface TransferReason {
  id: string;
  name: string;
  description: string | null;
  active: boolean;
}

export interface LastTransfer {
  id: string;
  reasonName: string;
  note: string | null;
  at: string;
  fromAgent: AgentRef;
  toAgent: AgentRef;
}

export interface Conversation {
  id: string;
  queueId: string;
  channel: string;
  contact: { id: string; name: string | null } | null;
  status: ConversationStatus;
  assignee: (AgentRef & { status: AgentStatus }) | null;
  openedAt: string;
  waitingSince: string | null;
  assignedAt: string | null;
  closedAt: string | null;
  transferCount: number;
  lastTransfer: LastTransfer | null;
  version: number;
}

export interface Transfer {
  id: string;
  conversationId: string;
  fromAgent: AgentRef;
  toAgent: AgentRef;
  reasonName: string;
  note: string | null;
  transferredBy: { id: string; role: Role };
  at: string;
}

export interface QueueSummary {
  queueId: string;
  queued: number;
  assigned: number;
  oldestWaitingSince: string | null;
  agentsOnline: number;
}

export interface AuditEntry {
  eventId: string;
  type: string;
  at: string;
  actor: { id: string; role: Role };
  data: string;
  commandId: string | null;
  correlationId: string | null;
  streamVersion: number;
}

export interface AgentPerformance {
  agent: AgentRef;
  assignments: number;
  transfersIn: number;
  transfersOut: number;
  unassignments: number;
  closed: number;
  avgHandleSeconds: number | null;
  avgWaitSeconds: number | null;
  transferRate: number | null;
  transfersOutByReason: Array<{ reason: { id: string; name: string }; count: number }>;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}
