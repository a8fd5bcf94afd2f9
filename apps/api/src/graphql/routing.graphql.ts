/** The Routing block of api-contract.planned.graphql: queues, capacity, offers, timers. Additions only. */
export const ROUTING_SDL = /* GraphQL */ `
extend enum ConversationStatus {
  "Offered to one agent (AUTO routing), waiting for accept or decline."
  OFFERED
}

extend enum Role {
  "handoff itself: routing and timers. Recorded as the actor of the events they cause; never in a token."
  SYSTEM
}

enum RoutingMode {
  "Supervisors assign; agents take conversations from their queues."
  MANUAL
  "handoff offers each waiting conversation, oldest first, to an eligible agent: ONLINE, active, member of the queue, with spare capacity, idle longest first."
  AUTO
}

type QueueSettings {
  queueId: ID!
  name: String
  routing: RoutingMode!
  "AUTO: seconds an agent has to accept an offer before it passes to the next eligible agent."
  offerTimeoutSeconds: Int!
  "A conversation waiting longer than this breaches the queue's wait target (SlaBreach QUEUE_WAIT); null: no target."
  maxWaitSeconds: Int
  "An assigned conversation whose agent has not replied this long after the assignment or transfer goes back to the queue (SlaBreach NO_REPLY); null: never."
  returnAfterSeconds: Int
  "Answered in time: assigned within this many seconds of entering the queue."
  serviceLevelSeconds: Int!
}

"A queue never configured behaves as routing MANUAL, offerTimeoutSeconds 30, serviceLevelSeconds 60, no wait or return limit."
input ConfigureQueueInput {
  queueId: ID!
  "1–200 characters."
  name: String
  routing: RoutingMode!
  "1–3600; default 30."
  offerTimeoutSeconds: Int
  "1–604800; null: none."
  maxWaitSeconds: Int
  "1–604800; null: never."
  returnAfterSeconds: Int
  "1–604800; default 60."
  serviceLevelSeconds: Int
  commandId: ID
}

type ChannelLimit {
  channel: String!
  max: Int!
}

input ChannelLimitInput {
  channel: String!
  "0–100."
  max: Int!
}

input SetAgentCapacityInput {
  agentId: ID!
  "Most conversations OFFERED or ASSIGNED to the agent at once, all channels together; 0–100; null: no limit."
  maxConversations: Int
  "Per-channel limits on top of maxConversations; at most 20, channels distinct. Omitted: none."
  channelLimits: [ChannelLimitInput!]
  commandId: ID
}

extend type Agent {
  "null: no limit."
  maxConversations: Int
  channelLimits: [ChannelLimit!]!
  "Conversations currently OFFERED to this agent."
  pendingOffers: Int!
  "How many more conversations the agent may hold now (all channels); null when unlimited."
  spareCapacity: Int
  "Since when the agent has held no conversation (null while it holds one); AUTO routing prefers the longest idle."
  idleSince: DateTime
}

type Offer {
  agent: Agent!
  offeredAt: DateTime!
  expiresAt: DateTime!
}

enum SlaKind {
  "Waited in the queue longer than the queue's maxWaitSeconds."
  QUEUE_WAIT
  "The assigned agent did not reply within the queue's returnAfterSeconds; the conversation went back to the queue."
  NO_REPLY
}

type SlaBreach {
  kind: SlaKind!
  at: DateTime!
  "NO_REPLY: the agent who did not reply."
  agent: Agent
}

extend type Conversation {
  "The pending offer while OFFERED; null otherwise."
  offer: Offer
  "The assigned agent's latest reply since the assignment or transfer (recordActivity); null when none yet."
  lastAgentReplyAt: DateTime
  lastContactMessageAt: DateTime
  slaBreaches: [SlaBreach!]!
}

extend type QueueSummary {
  offered: Int!
  routing: RoutingMode!
  "Conversations waiting longer than the queue's maxWaitSeconds right now (0 without a target)."
  overdue: Int!
}

input AcceptConversationInput {
  conversationId: ID!
  commandId: ID
}

input DeclineConversationInput {
  conversationId: ID!
  "Optional, at most 2000 characters."
  note: String
  commandId: ID
}

enum ActivityKind {
  AGENT_REPLIED
  CONTACT_MESSAGED
}

input RecordActivityInput {
  conversationId: ID!
  kind: ActivityKind!
  commandId: ID
}

extend type Mutation {
  configureQueue(input: ConfigureQueueInput!): QueueSettings!
  setAgentCapacity(input: SetAgentCapacityInput!): Agent!
  "Only the agent the conversation is offered to."
  acceptConversation(input: AcceptConversationInput!): Conversation!
  "Only the agent the conversation is offered to; the conversation goes back to the queue and is offered to another agent first."
  declineConversation(input: DeclineConversationInput!): Conversation!
  "From the messaging channel (INTEGRATION) or the assigned agent (AGENT_REPLIED only): resets the no-reply timer."
  recordActivity(input: RecordActivityInput!): Conversation!
}

extend type Query {
  "Settings of every configured queue, or of one (a queue never configured answers its defaults)."
  queueSettings(queueId: ID): [QueueSettings!]!
}

extend type Subscription {
  "Offers made to this agent (an AGENT only for itself)."
  conversationOffered(agentId: ID!): Conversation!
}

`;
