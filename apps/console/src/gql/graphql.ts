/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptConversationInput = {
  commandId?: string | null | undefined;
  conversationId: string;
};

export type AgentStatus =
  | 'AWAY'
  | 'OFFLINE'
  | 'ONLINE';

export type AssignConversationInput = {
  agentId: string;
  commandId?: string | null | undefined;
  conversationId: string;
  expectedVersion?: number | null | undefined;
};

export type AuditFilter = {
  /** Events whose actor is this user id (SYSTEM for routing and timers). */
  actorId?: string | null | undefined;
  /** Events that concern this agent: as actor, assignee, offer target, transfer source or target, or its own agent stream. */
  agentId?: string | null | undefined;
  conversationId?: string | null | undefined;
  correlationId?: string | null | undefined;
  /** Inclusive. */
  from?: string | null | undefined;
  /** Exclusive. */
  to?: string | null | undefined;
  /** Event types, e.g. ["ConversationTransferred"]. */
  types?: Array<string> | null | undefined;
};

export type ChannelLimitInput = {
  channel: string;
  /** 0–100. */
  max: number;
};

/** A queue never configured behaves as routing MANUAL, offerTimeoutSeconds 30, serviceLevelSeconds 60, no wait or return limit. */
export type ConfigureQueueInput = {
  commandId?: string | null | undefined;
  /** 1–604800; null: none. */
  maxWaitSeconds?: number | null | undefined;
  /** 1–200 characters. */
  name?: string | null | undefined;
  /** 1–3600; default 30. */
  offerTimeoutSeconds?: number | null | undefined;
  queueId: string;
  /** 1–604800; null: never. */
  returnAfterSeconds?: number | null | undefined;
  routing: RoutingMode;
  /** 1–604800; default 60. */
  serviceLevelSeconds?: number | null | undefined;
};

export type ConversationFilter = {
  assigneeId?: string | null | undefined;
  queueId?: string | null | undefined;
  status?: Array<ConversationStatus> | null | undefined;
};

export type ConversationStatus =
  | 'ASSIGNED'
  | 'CLOSED'
  /** Offered to one agent (AUTO routing), waiting for accept or decline. */
  | 'OFFERED'
  | 'QUEUED';

export type DeclineConversationInput = {
  commandId?: string | null | undefined;
  conversationId: string;
  /** Optional, at most 2000 characters. */
  note?: string | null | undefined;
};

export type DefineTransferReasonInput = {
  description?: string | null | undefined;
  /** Optional; generated when absent. Defining an existing id renames it / changes its description. */
  id?: string | null | undefined;
  name: string;
};

export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'ANALYST'
  | 'AUDITOR'
  | 'INTEGRATION'
  | 'SUPERVISOR'
  /** handoff itself: routing and timers. Recorded as the actor of the events they cause; never in a token. */
  | 'SYSTEM';

export type RoutingMode =
  /** handoff offers each waiting conversation, oldest first, to an eligible agent: ONLINE, active, member of the queue, with spare capacity, idle longest first. */
  | 'AUTO'
  /** Supervisors assign; agents take conversations from their queues. */
  | 'MANUAL';

export type SetAgentCapacityInput = {
  agentId: string;
  /** Per-channel limits on top of maxConversations; at most 20, channels distinct. Omitted: none. */
  channelLimits?: Array<ChannelLimitInput> | null | undefined;
  commandId?: string | null | undefined;
  /** Most conversations OFFERED or ASSIGNED to the agent at once, all channels together; 0–100; null: no limit. */
  maxConversations?: number | null | undefined;
};

export type TransferConversationInput = {
  commandId?: string | null | undefined;
  conversationId: string;
  expectedVersion?: number | null | undefined;
  /** Optional note for the next agent, at most 2000 characters. */
  note?: string | null | undefined;
  /** Mandatory: an active transfer reason of the tenant. */
  reasonId: string;
  toAgentId: string;
};

export type UnassignConversationInput = {
  commandId?: string | null | undefined;
  conversationId: string;
  expectedVersion?: number | null | undefined;
  note?: string | null | undefined;
};

export type QueuePerformanceFieldsFragment = { queueId: string, from: string, to: string, entered: number, answered: number, answeredInTime: number, abandoned: number, serviceLevel: number | null, avgWaitSeconds: number | null, maxWaitSeconds: number | null, offers: number, offersDeclined: number, offersExpired: number, waitBreaches: number };

export type TransferAnalyticsFieldsFragment = { from: string, to: string, transfers: number, conversations: number, retransfers: number, returnsToPreviousHolder: number, avgFirstReplyAfterTransferSeconds: number | null, byReason: Array<{ count: number, reason: { id: string, name: string } }>, flows: Array<{ count: number, reason: { id: string, name: string }, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } }> };

export type QueueBoardAtQueryVariables = Exact<{
  at: string;
  queueIds?: Array<string> | string | null | undefined;
}>;


export type QueueBoardAtQuery = { queueBoardAt: Array<{ queueId: string, queued: number, assigned: number, oldestWaitingSince: string | null, agentsOnline: number, offered: number, overdue: number, routing: RoutingMode }> };

export type QueuePerformanceQueryVariables = Exact<{
  from: string;
  to: string;
  queueIds?: Array<string> | string | null | undefined;
}>;


export type QueuePerformanceQuery = { queuePerformance: Array<{ queueId: string, from: string, to: string, entered: number, answered: number, answeredInTime: number, abandoned: number, serviceLevel: number | null, avgWaitSeconds: number | null, maxWaitSeconds: number | null, offers: number, offersDeclined: number, offersExpired: number, waitBreaches: number }> };

export type TransferAnalyticsQueryVariables = Exact<{
  from: string;
  to: string;
  queueId?: string | null | undefined;
}>;


export type TransferAnalyticsQuery = { transferAnalytics: { from: string, to: string, transfers: number, conversations: number, retransfers: number, returnsToPreviousHolder: number, avgFirstReplyAfterTransferSeconds: number | null, byReason: Array<{ count: number, reason: { id: string, name: string } }>, flows: Array<{ count: number, reason: { id: string, name: string }, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } }> } };

export type AuditLogEntryFieldsFragment = { eventId: string, type: string, at: string, data: string, commandId: string | null, correlationId: string | null, position: string, streamVersion: number, stream: string, hash: string | null, previousHash: string | null, actor: { id: string, role: Role } };

export type IntegrityReportFieldsFragment = { ok: boolean, streams: number, events: number, unhashed: number, checkedAt: string, firstBroken: { eventId: string, type: string, at: string, data: string, commandId: string | null, correlationId: string | null, position: string, streamVersion: number, stream: string, hash: string | null, previousHash: string | null, actor: { id: string, role: Role } } | null };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { nodes: Array<{ eventId: string, type: string, at: string, data: string, commandId: string | null, correlationId: string | null, position: string, streamVersion: number, stream: string, hash: string | null, previousHash: string | null, actor: { id: string, role: Role } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyIntegrityQueryVariables = Exact<{
  conversationId?: string | null | undefined;
}>;


export type VerifyIntegrityQuery = { verifyIntegrity: { ok: boolean, streams: number, events: number, unhashed: number, checkedAt: string, firstBroken: { eventId: string, type: string, at: string, data: string, commandId: string | null, correlationId: string | null, position: string, streamVersion: number, stream: string, hash: string | null, previousHash: string | null, actor: { id: string, role: Role } } | null } };

export type ForgetContactMutationVariables = Exact<{
  contactId: string;
}>;


export type ForgetContactMutation = { forgetContact: { contactId: string, conversations: number, erasedAt: string } };

export type AgentFieldsFragment = { id: string, name: string, status: AgentStatus, queueIds: Array<string>, active: boolean, activeConversations: number };

export type ConversationFieldsFragment = { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null };

export type TransferFieldsFragment = { id: string, conversationId: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string }, transferredBy: { id: string, role: Role } };

export type QueueSummaryFieldsFragment = { queueId: string, queued: number, assigned: number, oldestWaitingSince: string | null, agentsOnline: number };

export type ReasonFieldsFragment = { id: string, name: string, description: string | null, active: boolean };

export type AuditEntryFieldsFragment = { eventId: string, type: string, at: string, data: string, commandId: string | null, correlationId: string | null, streamVersion: number, actor: { id: string, role: Role } };

export type AgentPerformanceFieldsFragment = { assignments: number, transfersIn: number, transfersOut: number, unassignments: number, closed: number, avgHandleSeconds: number | null, avgWaitSeconds: number | null, transferRate: number | null, agent: { id: string, name: string }, transfersOutByReason: Array<{ count: number, reason: { id: string, name: string } }> };

export type QueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueuesQuery = { queues: Array<{ queueId: string, queued: number, assigned: number, oldestWaitingSince: string | null, agentsOnline: number }> };

export type QueueUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueUpdatedSubscription = { queueUpdated: { queueId: string, queued: number, assigned: number, oldestWaitingSince: string | null, agentsOnline: number } };

export type AgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsQuery = { agents: Array<{ id: string, name: string, status: AgentStatus, queueIds: Array<string>, active: boolean, activeConversations: number }> };

export type AgentQueryVariables = Exact<{
  id: string;
}>;


export type AgentQuery = { agent: { id: string, name: string, status: AgentStatus, queueIds: Array<string>, active: boolean, activeConversations: number } | null };

export type AgentUpdatedSubscriptionVariables = Exact<{
  agentId?: string | null | undefined;
}>;


export type AgentUpdatedSubscription = { agentUpdated: { id: string, name: string, status: AgentStatus, queueIds: Array<string>, active: boolean, activeConversations: number } };

export type SetAgentStatusMutationVariables = Exact<{
  agentId: string;
  status: AgentStatus;
}>;


export type SetAgentStatusMutation = { setAgentStatus: { id: string, name: string, status: AgentStatus, queueIds: Array<string>, active: boolean, activeConversations: number } };

export type ConversationsQueryVariables = Exact<{
  filter?: ConversationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConversationsQuery = { conversations: { totalCount: number, nodes: Array<{ id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConversationQueryVariables = Exact<{
  id: string;
}>;


export type ConversationQuery = { conversation: { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null } | null };

export type ConversationUpdatedSubscriptionVariables = Exact<{
  queueId?: string | null | undefined;
}>;


export type ConversationUpdatedSubscription = { conversationUpdated: { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null } };

export type ConversationTransferredSubscriptionVariables = Exact<{
  toAgentId?: string | null | undefined;
}>;


export type ConversationTransferredSubscription = { conversationTransferred: { id: string, conversationId: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string }, transferredBy: { id: string, role: Role } } };

export type AssignMutationVariables = Exact<{
  input: AssignConversationInput;
}>;


export type AssignMutation = { assignConversation: { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null } };

export type UnassignMutationVariables = Exact<{
  input: UnassignConversationInput;
}>;


export type UnassignMutation = { unassignConversation: { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null } };

export type TransferMutationVariables = Exact<{
  input: TransferConversationInput;
}>;


export type TransferMutation = { transferConversation: { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null } };

export type AuditTrailQueryVariables = Exact<{
  conversationId: string;
}>;


export type AuditTrailQuery = { auditTrail: Array<{ eventId: string, type: string, at: string, data: string, commandId: string | null, correlationId: string | null, streamVersion: number, actor: { id: string, role: Role } }> };

export type ReasonsQueryVariables = Exact<{
  includeInactive?: boolean | null | undefined;
}>;


export type ReasonsQuery = { transferReasons: Array<{ id: string, name: string, description: string | null, active: boolean }> };

export type DefineReasonMutationVariables = Exact<{
  input: DefineTransferReasonInput;
}>;


export type DefineReasonMutation = { defineTransferReason: { id: string, name: string, description: string | null, active: boolean } };

export type RetireReasonMutationVariables = Exact<{
  id: string;
}>;


export type RetireReasonMutation = { retireTransferReason: { id: string, name: string, description: string | null, active: boolean } };

export type PerformanceQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PerformanceQuery = { agentPerformance: Array<{ assignments: number, transfersIn: number, transfersOut: number, unassignments: number, closed: number, avgHandleSeconds: number | null, avgWaitSeconds: number | null, transferRate: number | null, agent: { id: string, name: string }, transfersOutByReason: Array<{ count: number, reason: { id: string, name: string } }> }> };

export type OfferedConversationFieldsFragment = { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, offer: { offeredAt: string, expiresAt: string, agent: { id: string, name: string } } | null, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null };

export type QueueRoutingFieldsFragment = { queueId: string, offered: number, overdue: number, routing: RoutingMode };

export type AgentLoadFieldsFragment = { id: string, name: string, activeConversations: number, maxConversations: number | null, pendingOffers: number, spareCapacity: number | null, idleSince: string | null, channelLimits: Array<{ channel: string, max: number }> };

export type QueueSettingsFieldsFragment = { queueId: string, name: string | null, routing: RoutingMode, offerTimeoutSeconds: number, maxWaitSeconds: number | null, returnAfterSeconds: number | null, serviceLevelSeconds: number };

export type OfferedConversationsQueryVariables = Exact<{
  queueId?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type OfferedConversationsQuery = { conversations: { nodes: Array<{ id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, offer: { offeredAt: string, expiresAt: string, agent: { id: string, name: string } } | null, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null }> } };

export type ConversationOfferedSubscriptionVariables = Exact<{
  agentId: string;
}>;


export type ConversationOfferedSubscription = { conversationOffered: { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, offer: { offeredAt: string, expiresAt: string, agent: { id: string, name: string } } | null, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null } };

export type OfferedConversationUpdatedSubscriptionVariables = Exact<{
  queueId?: string | null | undefined;
}>;


export type OfferedConversationUpdatedSubscription = { conversationUpdated: { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, offer: { offeredAt: string, expiresAt: string, agent: { id: string, name: string } } | null, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null } };

export type AcceptMutationVariables = Exact<{
  input: AcceptConversationInput;
}>;


export type AcceptMutation = { acceptConversation: { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, offer: { offeredAt: string, expiresAt: string, agent: { id: string, name: string } } | null, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null } };

export type DeclineMutationVariables = Exact<{
  input: DeclineConversationInput;
}>;


export type DeclineMutation = { declineConversation: { id: string, queueId: string, channel: string, status: ConversationStatus, openedAt: string, waitingSince: string | null, assignedAt: string | null, closedAt: string | null, transferCount: number, version: number, offer: { offeredAt: string, expiresAt: string, agent: { id: string, name: string } } | null, contact: { id: string, name: string | null } | null, assignee: { id: string, name: string, status: AgentStatus } | null, lastTransfer: { id: string, reasonName: string, note: string | null, at: string, fromAgent: { id: string, name: string }, toAgent: { id: string, name: string } } | null } };

export type QueueRoutingQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueRoutingQuery = { queues: Array<{ queueId: string, offered: number, overdue: number, routing: RoutingMode }> };

export type QueueRoutingUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueRoutingUpdatedSubscription = { queueUpdated: { queueId: string, offered: number, overdue: number, routing: RoutingMode } };

export type AgentLoadsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentLoadsQuery = { agents: Array<{ id: string, name: string, activeConversations: number, maxConversations: number | null, pendingOffers: number, spareCapacity: number | null, idleSince: string | null, channelLimits: Array<{ channel: string, max: number }> }> };

export type AgentLoadUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AgentLoadUpdatedSubscription = { agentUpdated: { id: string, name: string, activeConversations: number, maxConversations: number | null, pendingOffers: number, spareCapacity: number | null, idleSince: string | null, channelLimits: Array<{ channel: string, max: number }> } };

export type SetAgentCapacityMutationVariables = Exact<{
  input: SetAgentCapacityInput;
}>;


export type SetAgentCapacityMutation = { setAgentCapacity: { id: string, name: string, activeConversations: number, maxConversations: number | null, pendingOffers: number, spareCapacity: number | null, idleSince: string | null, channelLimits: Array<{ channel: string, max: number }> } };

export type QueueSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueSettingsQuery = { queueSettings: Array<{ queueId: string, name: string | null, routing: RoutingMode, offerTimeoutSeconds: number, maxWaitSeconds: number | null, returnAfterSeconds: number | null, serviceLevelSeconds: number }> };

export type ConfigureQueueMutationVariables = Exact<{
  input: ConfigureQueueInput;
}>;


export type ConfigureQueueMutation = { configureQueue: { queueId: string, name: string | null, routing: RoutingMode, offerTimeoutSeconds: number, maxWaitSeconds: number | null, returnAfterSeconds: number | null, serviceLevelSeconds: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const QueuePerformanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueuePerformanceFields on QueuePerformance {
  queueId
  from
  to
  entered
  answered
  answeredInTime
  abandoned
  serviceLevel
  avgWaitSeconds
  maxWaitSeconds
  offers
  offersDeclined
  offersExpired
  waitBreaches
}
    `, {"fragmentName":"QueuePerformanceFields"}) as unknown as TypedDocumentString<QueuePerformanceFieldsFragment, unknown>;
export const TransferAnalyticsFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransferAnalyticsFields on TransferAnalytics {
  from
  to
  transfers
  conversations
  retransfers
  returnsToPreviousHolder
  avgFirstReplyAfterTransferSeconds
  byReason {
    reason {
      id
      name
    }
    count
  }
  flows {
    reason {
      id
      name
    }
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
    count
  }
}
    `, {"fragmentName":"TransferAnalyticsFields"}) as unknown as TypedDocumentString<TransferAnalyticsFieldsFragment, unknown>;
export const AuditLogEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditLogEntryFields on AuditEntry {
  eventId
  type
  at
  actor {
    id
    role
  }
  data
  commandId
  correlationId
  position
  streamVersion
  stream
  hash
  previousHash
}
    `, {"fragmentName":"AuditLogEntryFields"}) as unknown as TypedDocumentString<AuditLogEntryFieldsFragment, unknown>;
export const IntegrityReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment IntegrityReportFields on IntegrityReport {
  ok
  streams
  events
  unhashed
  checkedAt
  firstBroken {
    ...AuditLogEntryFields
  }
}
    fragment AuditLogEntryFields on AuditEntry {
  eventId
  type
  at
  actor {
    id
    role
  }
  data
  commandId
  correlationId
  position
  streamVersion
  stream
  hash
  previousHash
}`, {"fragmentName":"IntegrityReportFields"}) as unknown as TypedDocumentString<IntegrityReportFieldsFragment, unknown>;
export const AgentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgentFields on Agent {
  id
  name
  status
  queueIds
  active
  activeConversations
}
    `, {"fragmentName":"AgentFields"}) as unknown as TypedDocumentString<AgentFieldsFragment, unknown>;
export const TransferFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransferFields on Transfer {
  id
  conversationId
  fromAgent {
    id
    name
  }
  toAgent {
    id
    name
  }
  reasonName
  note
  transferredBy {
    id
    role
  }
  at
}
    `, {"fragmentName":"TransferFields"}) as unknown as TypedDocumentString<TransferFieldsFragment, unknown>;
export const QueueSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueueSummaryFields on QueueSummary {
  queueId
  queued
  assigned
  oldestWaitingSince
  agentsOnline
}
    `, {"fragmentName":"QueueSummaryFields"}) as unknown as TypedDocumentString<QueueSummaryFieldsFragment, unknown>;
export const ReasonFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReasonFields on TransferReason {
  id
  name
  description
  active
}
    `, {"fragmentName":"ReasonFields"}) as unknown as TypedDocumentString<ReasonFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryFields on AuditEntry {
  eventId
  type
  at
  actor {
    id
    role
  }
  data
  commandId
  correlationId
  streamVersion
}
    `, {"fragmentName":"AuditEntryFields"}) as unknown as TypedDocumentString<AuditEntryFieldsFragment, unknown>;
export const AgentPerformanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgentPerformanceFields on AgentPerformance {
  agent {
    id
    name
  }
  assignments
  transfersIn
  transfersOut
  unassignments
  closed
  avgHandleSeconds
  avgWaitSeconds
  transferRate
  transfersOutByReason {
    reason {
      id
      name
    }
    count
  }
}
    `, {"fragmentName":"AgentPerformanceFields"}) as unknown as TypedDocumentString<AgentPerformanceFieldsFragment, unknown>;
export const ConversationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}
    `, {"fragmentName":"ConversationFields"}) as unknown as TypedDocumentString<ConversationFieldsFragment, unknown>;
export const OfferedConversationFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfferedConversationFields on Conversation {
  ...ConversationFields
  offer {
    agent {
      id
      name
    }
    offeredAt
    expiresAt
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}`, {"fragmentName":"OfferedConversationFields"}) as unknown as TypedDocumentString<OfferedConversationFieldsFragment, unknown>;
export const QueueRoutingFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueueRoutingFields on QueueSummary {
  queueId
  offered
  overdue
  routing
}
    `, {"fragmentName":"QueueRoutingFields"}) as unknown as TypedDocumentString<QueueRoutingFieldsFragment, unknown>;
export const AgentLoadFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgentLoadFields on Agent {
  id
  name
  activeConversations
  maxConversations
  channelLimits {
    channel
    max
  }
  pendingOffers
  spareCapacity
  idleSince
}
    `, {"fragmentName":"AgentLoadFields"}) as unknown as TypedDocumentString<AgentLoadFieldsFragment, unknown>;
export const QueueSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueueSettingsFields on QueueSettings {
  queueId
  name
  routing
  offerTimeoutSeconds
  maxWaitSeconds
  returnAfterSeconds
  serviceLevelSeconds
}
    `, {"fragmentName":"QueueSettingsFields"}) as unknown as TypedDocumentString<QueueSettingsFieldsFragment, unknown>;
export const QueueBoardAtDocument = new TypedDocumentString(`
    query QueueBoardAt($at: DateTime!, $queueIds: [ID!]) {
  queueBoardAt(at: $at, queueIds: $queueIds) {
    ...QueueSummaryFields
    ...QueueRoutingFields
  }
}
    fragment QueueSummaryFields on QueueSummary {
  queueId
  queued
  assigned
  oldestWaitingSince
  agentsOnline
}
fragment QueueRoutingFields on QueueSummary {
  queueId
  offered
  overdue
  routing
}`) as unknown as TypedDocumentString<QueueBoardAtQuery, QueueBoardAtQueryVariables>;
export const QueuePerformanceDocument = new TypedDocumentString(`
    query QueuePerformance($from: DateTime!, $to: DateTime!, $queueIds: [ID!]) {
  queuePerformance(from: $from, to: $to, queueIds: $queueIds) {
    ...QueuePerformanceFields
  }
}
    fragment QueuePerformanceFields on QueuePerformance {
  queueId
  from
  to
  entered
  answered
  answeredInTime
  abandoned
  serviceLevel
  avgWaitSeconds
  maxWaitSeconds
  offers
  offersDeclined
  offersExpired
  waitBreaches
}`) as unknown as TypedDocumentString<QueuePerformanceQuery, QueuePerformanceQueryVariables>;
export const TransferAnalyticsDocument = new TypedDocumentString(`
    query TransferAnalytics($from: DateTime!, $to: DateTime!, $queueId: ID) {
  transferAnalytics(from: $from, to: $to, queueId: $queueId) {
    ...TransferAnalyticsFields
  }
}
    fragment TransferAnalyticsFields on TransferAnalytics {
  from
  to
  transfers
  conversations
  retransfers
  returnsToPreviousHolder
  avgFirstReplyAfterTransferSeconds
  byReason {
    reason {
      id
      name
    }
    count
  }
  flows {
    reason {
      id
      name
    }
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
    count
  }
}`) as unknown as TypedDocumentString<TransferAnalyticsQuery, TransferAnalyticsQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    nodes {
      ...AuditLogEntryFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AuditLogEntryFields on AuditEntry {
  eventId
  type
  at
  actor {
    id
    role
  }
  data
  commandId
  correlationId
  position
  streamVersion
  stream
  hash
  previousHash
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const VerifyIntegrityDocument = new TypedDocumentString(`
    query VerifyIntegrity($conversationId: ID) {
  verifyIntegrity(conversationId: $conversationId) {
    ...IntegrityReportFields
  }
}
    fragment AuditLogEntryFields on AuditEntry {
  eventId
  type
  at
  actor {
    id
    role
  }
  data
  commandId
  correlationId
  position
  streamVersion
  stream
  hash
  previousHash
}
fragment IntegrityReportFields on IntegrityReport {
  ok
  streams
  events
  unhashed
  checkedAt
  firstBroken {
    ...AuditLogEntryFields
  }
}`) as unknown as TypedDocumentString<VerifyIntegrityQuery, VerifyIntegrityQueryVariables>;
export const ForgetContactDocument = new TypedDocumentString(`
    mutation ForgetContact($contactId: ID!) {
  forgetContact(contactId: $contactId) {
    contactId
    conversations
    erasedAt
  }
}
    `) as unknown as TypedDocumentString<ForgetContactMutation, ForgetContactMutationVariables>;
export const QueuesDocument = new TypedDocumentString(`
    query Queues {
  queues {
    ...QueueSummaryFields
  }
}
    fragment QueueSummaryFields on QueueSummary {
  queueId
  queued
  assigned
  oldestWaitingSince
  agentsOnline
}`) as unknown as TypedDocumentString<QueuesQuery, QueuesQueryVariables>;
export const QueueUpdatedDocument = new TypedDocumentString(`
    subscription QueueUpdated {
  queueUpdated {
    ...QueueSummaryFields
  }
}
    fragment QueueSummaryFields on QueueSummary {
  queueId
  queued
  assigned
  oldestWaitingSince
  agentsOnline
}`) as unknown as TypedDocumentString<QueueUpdatedSubscription, QueueUpdatedSubscriptionVariables>;
export const AgentsDocument = new TypedDocumentString(`
    query Agents {
  agents {
    ...AgentFields
  }
}
    fragment AgentFields on Agent {
  id
  name
  status
  queueIds
  active
  activeConversations
}`) as unknown as TypedDocumentString<AgentsQuery, AgentsQueryVariables>;
export const AgentDocument = new TypedDocumentString(`
    query Agent($id: ID!) {
  agent(id: $id) {
    ...AgentFields
  }
}
    fragment AgentFields on Agent {
  id
  name
  status
  queueIds
  active
  activeConversations
}`) as unknown as TypedDocumentString<AgentQuery, AgentQueryVariables>;
export const AgentUpdatedDocument = new TypedDocumentString(`
    subscription AgentUpdated($agentId: ID) {
  agentUpdated(agentId: $agentId) {
    ...AgentFields
  }
}
    fragment AgentFields on Agent {
  id
  name
  status
  queueIds
  active
  activeConversations
}`) as unknown as TypedDocumentString<AgentUpdatedSubscription, AgentUpdatedSubscriptionVariables>;
export const SetAgentStatusDocument = new TypedDocumentString(`
    mutation SetAgentStatus($agentId: ID!, $status: AgentStatus!) {
  setAgentStatus(agentId: $agentId, status: $status) {
    ...AgentFields
  }
}
    fragment AgentFields on Agent {
  id
  name
  status
  queueIds
  active
  activeConversations
}`) as unknown as TypedDocumentString<SetAgentStatusMutation, SetAgentStatusMutationVariables>;
export const ConversationsDocument = new TypedDocumentString(`
    query Conversations($filter: ConversationFilter, $first: Int, $after: String) {
  conversations(filter: $filter, first: $first, after: $after) {
    nodes {
      ...ConversationFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ConversationsQuery, ConversationsQueryVariables>;
export const ConversationDocument = new TypedDocumentString(`
    query Conversation($id: ID!) {
  conversation(id: $id) {
    ...ConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ConversationQuery, ConversationQueryVariables>;
export const ConversationUpdatedDocument = new TypedDocumentString(`
    subscription ConversationUpdated($queueId: ID) {
  conversationUpdated(queueId: $queueId) {
    ...ConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ConversationUpdatedSubscription, ConversationUpdatedSubscriptionVariables>;
export const ConversationTransferredDocument = new TypedDocumentString(`
    subscription ConversationTransferred($toAgentId: ID) {
  conversationTransferred(toAgentId: $toAgentId) {
    ...TransferFields
  }
}
    fragment TransferFields on Transfer {
  id
  conversationId
  fromAgent {
    id
    name
  }
  toAgent {
    id
    name
  }
  reasonName
  note
  transferredBy {
    id
    role
  }
  at
}`) as unknown as TypedDocumentString<ConversationTransferredSubscription, ConversationTransferredSubscriptionVariables>;
export const AssignDocument = new TypedDocumentString(`
    mutation Assign($input: AssignConversationInput!) {
  assignConversation(input: $input) {
    ...ConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<AssignMutation, AssignMutationVariables>;
export const UnassignDocument = new TypedDocumentString(`
    mutation Unassign($input: UnassignConversationInput!) {
  unassignConversation(input: $input) {
    ...ConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<UnassignMutation, UnassignMutationVariables>;
export const TransferDocument = new TypedDocumentString(`
    mutation Transfer($input: TransferConversationInput!) {
  transferConversation(input: $input) {
    ...ConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<TransferMutation, TransferMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($conversationId: ID!) {
  auditTrail(conversationId: $conversationId) {
    ...AuditEntryFields
  }
}
    fragment AuditEntryFields on AuditEntry {
  eventId
  type
  at
  actor {
    id
    role
  }
  data
  commandId
  correlationId
  streamVersion
}`) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const ReasonsDocument = new TypedDocumentString(`
    query Reasons($includeInactive: Boolean) {
  transferReasons(includeInactive: $includeInactive) {
    ...ReasonFields
  }
}
    fragment ReasonFields on TransferReason {
  id
  name
  description
  active
}`) as unknown as TypedDocumentString<ReasonsQuery, ReasonsQueryVariables>;
export const DefineReasonDocument = new TypedDocumentString(`
    mutation DefineReason($input: DefineTransferReasonInput!) {
  defineTransferReason(input: $input) {
    ...ReasonFields
  }
}
    fragment ReasonFields on TransferReason {
  id
  name
  description
  active
}`) as unknown as TypedDocumentString<DefineReasonMutation, DefineReasonMutationVariables>;
export const RetireReasonDocument = new TypedDocumentString(`
    mutation RetireReason($id: ID!) {
  retireTransferReason(id: $id) {
    ...ReasonFields
  }
}
    fragment ReasonFields on TransferReason {
  id
  name
  description
  active
}`) as unknown as TypedDocumentString<RetireReasonMutation, RetireReasonMutationVariables>;
export const PerformanceDocument = new TypedDocumentString(`
    query Performance($from: DateTime!, $to: DateTime!) {
  agentPerformance(from: $from, to: $to) {
    ...AgentPerformanceFields
  }
}
    fragment AgentPerformanceFields on AgentPerformance {
  agent {
    id
    name
  }
  assignments
  transfersIn
  transfersOut
  unassignments
  closed
  avgHandleSeconds
  avgWaitSeconds
  transferRate
  transfersOutByReason {
    reason {
      id
      name
    }
    count
  }
}`) as unknown as TypedDocumentString<PerformanceQuery, PerformanceQueryVariables>;
export const OfferedConversationsDocument = new TypedDocumentString(`
    query OfferedConversations($queueId: ID, $first: Int) {
  conversations(filter: {status: [OFFERED], queueId: $queueId}, first: $first) {
    nodes {
      ...OfferedConversationFields
    }
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}
fragment OfferedConversationFields on Conversation {
  ...ConversationFields
  offer {
    agent {
      id
      name
    }
    offeredAt
    expiresAt
  }
}`) as unknown as TypedDocumentString<OfferedConversationsQuery, OfferedConversationsQueryVariables>;
export const ConversationOfferedDocument = new TypedDocumentString(`
    subscription ConversationOffered($agentId: ID!) {
  conversationOffered(agentId: $agentId) {
    ...OfferedConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}
fragment OfferedConversationFields on Conversation {
  ...ConversationFields
  offer {
    agent {
      id
      name
    }
    offeredAt
    expiresAt
  }
}`) as unknown as TypedDocumentString<ConversationOfferedSubscription, ConversationOfferedSubscriptionVariables>;
export const OfferedConversationUpdatedDocument = new TypedDocumentString(`
    subscription OfferedConversationUpdated($queueId: ID) {
  conversationUpdated(queueId: $queueId) {
    ...OfferedConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}
fragment OfferedConversationFields on Conversation {
  ...ConversationFields
  offer {
    agent {
      id
      name
    }
    offeredAt
    expiresAt
  }
}`) as unknown as TypedDocumentString<OfferedConversationUpdatedSubscription, OfferedConversationUpdatedSubscriptionVariables>;
export const AcceptDocument = new TypedDocumentString(`
    mutation Accept($input: AcceptConversationInput!) {
  acceptConversation(input: $input) {
    ...OfferedConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}
fragment OfferedConversationFields on Conversation {
  ...ConversationFields
  offer {
    agent {
      id
      name
    }
    offeredAt
    expiresAt
  }
}`) as unknown as TypedDocumentString<AcceptMutation, AcceptMutationVariables>;
export const DeclineDocument = new TypedDocumentString(`
    mutation Decline($input: DeclineConversationInput!) {
  declineConversation(input: $input) {
    ...OfferedConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  queueId
  channel
  contact {
    id
    name
  }
  status
  assignee {
    id
    name
    status
  }
  openedAt
  waitingSince
  assignedAt
  closedAt
  transferCount
  version
  lastTransfer {
    id
    reasonName
    note
    at
    fromAgent {
      id
      name
    }
    toAgent {
      id
      name
    }
  }
}
fragment OfferedConversationFields on Conversation {
  ...ConversationFields
  offer {
    agent {
      id
      name
    }
    offeredAt
    expiresAt
  }
}`) as unknown as TypedDocumentString<DeclineMutation, DeclineMutationVariables>;
export const QueueRoutingDocument = new TypedDocumentString(`
    query QueueRouting {
  queues {
    ...QueueRoutingFields
  }
}
    fragment QueueRoutingFields on QueueSummary {
  queueId
  offered
  overdue
  routing
}`) as unknown as TypedDocumentString<QueueRoutingQuery, QueueRoutingQueryVariables>;
export const QueueRoutingUpdatedDocument = new TypedDocumentString(`
    subscription QueueRoutingUpdated {
  queueUpdated {
    ...QueueRoutingFields
  }
}
    fragment QueueRoutingFields on QueueSummary {
  queueId
  offered
  overdue
  routing
}`) as unknown as TypedDocumentString<QueueRoutingUpdatedSubscription, QueueRoutingUpdatedSubscriptionVariables>;
export const AgentLoadsDocument = new TypedDocumentString(`
    query AgentLoads {
  agents {
    ...AgentLoadFields
  }
}
    fragment AgentLoadFields on Agent {
  id
  name
  activeConversations
  maxConversations
  channelLimits {
    channel
    max
  }
  pendingOffers
  spareCapacity
  idleSince
}`) as unknown as TypedDocumentString<AgentLoadsQuery, AgentLoadsQueryVariables>;
export const AgentLoadUpdatedDocument = new TypedDocumentString(`
    subscription AgentLoadUpdated {
  agentUpdated {
    ...AgentLoadFields
  }
}
    fragment AgentLoadFields on Agent {
  id
  name
  activeConversations
  maxConversations
  channelLimits {
    channel
    max
  }
  pendingOffers
  spareCapacity
  idleSince
}`) as unknown as TypedDocumentString<AgentLoadUpdatedSubscription, AgentLoadUpdatedSubscriptionVariables>;
export const SetAgentCapacityDocument = new TypedDocumentString(`
    mutation SetAgentCapacity($input: SetAgentCapacityInput!) {
  setAgentCapacity(input: $input) {
    ...AgentLoadFields
  }
}
    fragment AgentLoadFields on Agent {
  id
  name
  activeConversations
  maxConversations
  channelLimits {
    channel
    max
  }
  pendingOffers
  spareCapacity
  idleSince
}`) as unknown as TypedDocumentString<SetAgentCapacityMutation, SetAgentCapacityMutationVariables>;
export const QueueSettingsDocument = new TypedDocumentString(`
    query QueueSettings {
  queueSettings {
    ...QueueSettingsFields
  }
}
    fragment QueueSettingsFields on QueueSettings {
  queueId
  name
  routing
  offerTimeoutSeconds
  maxWaitSeconds
  returnAfterSeconds
  serviceLevelSeconds
}`) as unknown as TypedDocumentString<QueueSettingsQuery, QueueSettingsQueryVariables>;
export const ConfigureQueueDocument = new TypedDocumentString(`
    mutation ConfigureQueue($input: ConfigureQueueInput!) {
  configureQueue(input: $input) {
    ...QueueSettingsFields
  }
}
    fragment QueueSettingsFields on QueueSettings {
  queueId
  name
  routing
  offerTimeoutSeconds
  maxWaitSeconds
  returnAfterSeconds
  serviceLevelSeconds
}`) as unknown as TypedDocumentString<ConfigureQueueMutation, ConfigureQueueMutationVariables>;