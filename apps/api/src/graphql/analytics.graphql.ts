/** The Analysts block of api-contract.planned.graphql: queue performance and transfer analytics. Additions only. */
export const ANALYTICS_SDL = /* GraphQL */ `
"Over [from, to), both rounded down to the hour (UTC), like AgentPerformance."
type QueuePerformance {
  queueId: ID!
  from: DateTime!
  to: DateTime!
  "Times a conversation entered the queue: opened, unassigned, or returned (NO_REPLY). A declined or expired offer is not a new entry."
  entered: Int!
  "Waits that ended in an assignment (by a supervisor, an agent taking it, or an accepted offer)."
  answered: Int!
  "Answered within the queue's serviceLevelSeconds (as configured when the wait ended)."
  answeredInTime: Int!
  "Waits that ended with the conversation closed while QUEUED or OFFERED."
  abandoned: Int!
  "answeredInTime / (answered + abandoned); null when both are 0."
  serviceLevel: Float
  "Mean wait of the answered waits."
  avgWaitSeconds: Float
  "Longest wait that ended (answered or abandoned) in the range."
  maxWaitSeconds: Float
  offers: Int!
  offersDeclined: Int!
  offersExpired: Int!
  "QUEUE_WAIT breaches in the range."
  waitBreaches: Int!
}

type TransferFlow {
  reason: TransferReason!
  fromAgent: Agent!
  toAgent: Agent!
  count: Int!
}

"Transfers whose time falls in [from, to)."
type TransferAnalytics {
  from: DateTime!
  to: DateTime!
  transfers: Int!
  "Distinct conversations among them."
  conversations: Int!
  "Transfers of a conversation that had already been transferred before (at any time)."
  retransfers: Int!
  "Transfers to an agent who had already held the conversation since it was opened (ping-pong)."
  returnsToPreviousHolder: Int!
  "Mean seconds from a transfer to the receiving agent's first AGENT_REPLIED; only transfers that got one."
  avgFirstReplyAfterTransferSeconds: Float
  byReason: [ReasonCount!]!
  "reason × from agent × to agent, largest count first."
  flows: [TransferFlow!]!
}

extend type Query {
  queuePerformance(from: DateTime!, to: DateTime!, queueIds: [ID!]): [QueuePerformance!]!
  transferAnalytics(from: DateTime!, to: DateTime!, queueId: ID): TransferAnalytics!
}
`;
