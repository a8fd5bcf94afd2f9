/** The public contract (shared/api-contract.graphql), served as is; additions live in extensions.graphql.ts. */
export const CONTRACT_SDL = /* GraphQL */ `
# The public GraphQL contract of handoff.
#
# Front-ends, analysts' and auditors' tools are written against this file.
# The server's schema must contain every type, field, argument and enum value
# below with the same names and nullability. Adding fields is fine; renaming or
# removing is a breaking change (shared/tools/check-contract.mjs reports it).
#
# Every operation is scoped to the tenant of the caller's token. An id that
# belongs to another tenant behaves exactly like an id that does not exist.

scalar DateTime

enum ConversationStatus {
  QUEUED
  ASSIGNED
  CLOSED
}

enum AgentStatus {
  ONLINE
  AWAY
  OFFLINE
}

enum Role {
  AGENT
  SUPERVISOR
  ANALYST
  AUDITOR
  ADMIN
  INTEGRATION
}

type Actor {
  id: ID!
  role: Role!
}

type Contact {
  id: ID!
  name: String
}

type Agent {
  id: ID!
  name: String!
  status: AgentStatus!
  queueIds: [ID!]!
  active: Boolean!
  "Conversations currently ASSIGNED to this agent."
  activeConversations: Int!
}

"A reason (motive) for a transfer: a conversation type configured by the business."
type TransferReason {
  id: ID!
  name: String!
  description: String
  active: Boolean!
}

type Transfer {
  "Id of the ConversationTransferred event."
  id: ID!
  conversationId: ID!
  fromAgent: Agent!
  toAgent: Agent!
  reason: TransferReason!
  "The reason's name when the transfer happened (reasons can be renamed later)."
  reasonName: String!
  note: String
  transferredBy: Actor!
  at: DateTime!
  "Global position of the event in the log (opaque, comparable only for equality)."
  position: String!
}

type Conversation {
  id: ID!
  queueId: ID!
  channel: String!
  contact: Contact
  status: ConversationStatus!
  assignee: Agent
  openedAt: DateTime!
  "When it last entered the queue (opened, unassigned); null while assigned or closed."
  waitingSince: DateTime
  assignedAt: DateTime
  closedAt: DateTime
  transferCount: Int!
  lastTransfer: Transfer
  "Number of events in the conversation's stream; pass it back as expectedVersion."
  version: Int!
  "Every event of this conversation, oldest first, read from the event store."
  history: [AuditEntry!]!
}

type AuditEntry {
  eventId: ID!
  type: String!
  at: DateTime!
  actor: Actor!
  "For transfers: the reason's id and name, the note, from and to agents; for assignments the agent; etc."
  data: String!
  commandId: ID
  correlationId: ID
  causationId: ID
  position: String!
  streamVersion: Int!
}

type QueueSummary {
  queueId: ID!
  queued: Int!
  assigned: Int!
  oldestWaitingSince: DateTime
  agentsOnline: Int!
}

type ReasonCount {
  reason: TransferReason!
  count: Int!
}

"Performance of one agent over [from, to), both rounded down to the hour (UTC)."
type AgentPerformance {
  agent: Agent!
  from: DateTime!
  to: DateTime!
  "Times a conversation became assigned to the agent (assignment or transfer in)."
  assignments: Int!
  transfersIn: Int!
  transfersOut: Int!
  unassignments: Int!
  closed: Int!
  "Mean length of the agent's assignment periods that ended in the range (by transfer out, unassignment or close)."
  avgHandleSeconds: Float
  "Mean queue wait (entering the queue to assignment) of the agent's assignments from the queue in the range."
  avgWaitSeconds: Float
  "transfersOut / assignments; null when there were no assignments."
  transferRate: Float
  transfersOutByReason: [ReasonCount!]!
}

type PageInfo {
  hasNextPage: Boolean!
  endCursor: String
}

type ConversationConnection {
  nodes: [Conversation!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type TransferConnection {
  nodes: [Transfer!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

input ConversationFilter {
  queueId: ID
  status: [ConversationStatus!]
  assigneeId: ID
}

input TransferFilter {
  conversationId: ID
  "Matches transfers from or to this agent."
  agentId: ID
  fromAgentId: ID
  toAgentId: ID
  reasonId: ID
  actorId: ID
  "Inclusive lower bound on the transfer time."
  from: DateTime
  "Exclusive upper bound on the transfer time."
  to: DateTime
}

type Query {
  conversation(id: ID!): Conversation
  "Ordered by waitingSince (oldest first) for QUEUED, otherwise by openedAt."
  conversations(filter: ConversationFilter, first: Int = 50, after: String): ConversationConnection!
  queues: [QueueSummary!]!
  agent(id: ID!): Agent
  agents(queueId: ID, status: AgentStatus): [Agent!]!
  transferReasons(includeInactive: Boolean = false): [TransferReason!]!
  agentPerformance(from: DateTime!, to: DateTime!, agentIds: [ID!]): [AgentPerformance!]!
  "Newest first."
  transferHistory(filter: TransferFilter, first: Int = 50, after: String): TransferConnection!
  "The conversation's events as they were stored, oldest first."
  auditTrail(conversationId: ID!): [AuditEntry!]!
}

input OpenConversationInput {
  "Optional; generated when absent."
  conversationId: ID
  queueId: ID!
  channel: String!
  contact: ContactInput
  commandId: ID
}

input ContactInput {
  id: ID!
  name: String
}

input AssignConversationInput {
  conversationId: ID!
  agentId: ID!
  expectedVersion: Int
  commandId: ID
}

input UnassignConversationInput {
  conversationId: ID!
  note: String
  expectedVersion: Int
  commandId: ID
}

input TransferConversationInput {
  conversationId: ID!
  toAgentId: ID!
  "Mandatory: an active transfer reason of the tenant."
  reasonId: ID!
  "Optional note for the next agent, at most 2000 characters."
  note: String
  expectedVersion: Int
  commandId: ID
}

input CloseConversationInput {
  conversationId: ID!
  expectedVersion: Int
  commandId: ID
}

input DefineTransferReasonInput {
  "Optional; generated when absent. Defining an existing id renames it / changes its description."
  id: ID
  name: String!
  description: String
}

input RegisterAgentInput {
  "Optional; generated when absent."
  id: ID
  name: String!
  queueIds: [ID!]!
}

type Mutation {
  openConversation(input: OpenConversationInput!): Conversation!
  assignConversation(input: AssignConversationInput!): Conversation!
  unassignConversation(input: UnassignConversationInput!): Conversation!
  transferConversation(input: TransferConversationInput!): Conversation!
  closeConversation(input: CloseConversationInput!): Conversation!
  defineTransferReason(input: DefineTransferReasonInput!): TransferReason!
  retireTransferReason(id: ID!): TransferReason!
  registerAgent(input: RegisterAgentInput!): Agent!
  setAgentStatus(agentId: ID!, status: AgentStatus!): Agent!
}

type Subscription {
  "Fires after the read model reflects the change. Both filters optional."
  conversationUpdated(queueId: ID, assigneeId: ID): Conversation!
  queueUpdated(queueId: ID): QueueSummary!
  "Fires for every transfer; with toAgentId, only transfers to that agent."
  conversationTransferred(toAgentId: ID): Transfer!
  agentUpdated(agentId: ID): Agent!
}
`;
