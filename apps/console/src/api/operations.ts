/**
 * Every GraphQL document the console sends. `npm run codegen` checks each against schema.gql and types it
 * (src/gql), so a query that asks for a field the api does not have fails the type-check.
 */
import { graphql } from '../gql';

// The shapes the console reads (api/types.ts); each operation below that spreads one carries its text.
graphql(`fragment AgentFields on Agent { id name status queueIds active activeConversations }`);

graphql(`fragment ConversationFields on Conversation {
  id queueId channel contact { id name } status
  assignee { id name status }
  openedAt waitingSince assignedAt closedAt transferCount version
  lastTransfer { id reasonName note at fromAgent { id name } toAgent { id name } } }`);

graphql(`fragment TransferFields on Transfer {
  id conversationId fromAgent { id name } toAgent { id name } reasonName note transferredBy { id role } at }`);

graphql(`fragment QueueSummaryFields on QueueSummary { queueId queued assigned oldestWaitingSince agentsOnline }`);

graphql(`fragment ReasonFields on TransferReason { id name description active }`);

graphql(`fragment AuditEntryFields on AuditEntry { eventId type at actor { id role } data commandId correlationId streamVersion }`);

graphql(`fragment AgentPerformanceFields on AgentPerformance {
  agent { id name } assignments transfersIn transfersOut unassignments closed
  avgHandleSeconds avgWaitSeconds transferRate transfersOutByReason { reason { id name } count } }`);

export const QUEUES = graphql(`query Queues { queues { ...QueueSummaryFields } }`);
export const QUEUE_UPDATED = graphql(`subscription QueueUpdated { queueUpdated { ...QueueSummaryFields } }`);

export const AGENTS = graphql(`query Agents { agents { ...AgentFields } }`);
export const AGENT = graphql(`query Agent($id: ID!) { agent(id: $id) { ...AgentFields } }`);
export const AGENT_UPDATED = graphql(`subscription AgentUpdated($agentId: ID) { agentUpdated(agentId: $agentId) { ...AgentFields } }`);
export const SET_AGENT_STATUS = graphql(`mutation SetAgentStatus($agentId: ID!, $status: AgentStatus!) {
  setAgentStatus(agentId: $agentId, status: $status) { ...AgentFields } }`);

export const CONVERSATIONS = graphql(`query Conversations($filter: ConversationFilter, $first: Int, $after: String) {
  conversations(filter: $filter, first: $first, after: $after) {
    nodes { ...ConversationFields } pageInfo { hasNextPage endCursor } totalCount } }`);
export const CONVERSATION = graphql(`query Conversation($id: ID!) { conversation(id: $id) { ...ConversationFields } }`);
export const CONVERSATION_UPDATED = graphql(`subscription ConversationUpdated($queueId: ID) {
  conversationUpdated(queueId: $queueId) { ...ConversationFields } }`);
export const CONVERSATION_TRANSFERRED = graphql(`subscription ConversationTransferred($toAgentId: ID) {
  conversationTransferred(toAgentId: $toAgentId) { ...TransferFields } }`);

export const ASSIGN = graphql(`mutation Assign($input: AssignConversationInput!) { assignConversation(input: $input) { ...ConversationFields } }`);
export const UNASSIGN = graphql(`mutation Unassign($input: UnassignConversationInput!) { unassignConversation(input: $input) { ...ConversationFields } }`);
export const TRANSFER = graphql(`mutation Transfer($input: TransferConversationInput!) { transferConversation(input: $input) { ...ConversationFields } }`);

export const AUDIT_TRAIL = graphql(`query AuditTrail($conversationId: ID!) { auditTrail(conversationId: $conversationId) { ...AuditEntryFields } }`);

export const REASONS = graphql(`query Reasons($includeInactive: Boolean) { transferReasons(includeInactive: $includeInactive) { ...ReasonFields } }`);
export const DEFINE_REASON = graphql(`mutation DefineReason($input: DefineTransferReasonInput!) { defineTransferReason(input: $input) { ...ReasonFields } }`);
export const RETIRE_REASON = graphql(`mutation RetireReason($id: ID!) { retireTransferReason(id: $id) { ...ReasonFields } }`);

export const AGENT_PERFORMANCE = graphql(`query Performance($from: DateTime!, $to: DateTime!) {
  agentPerformance(from: $from, to: $to) { ...AgentPerformanceFields } }`);
