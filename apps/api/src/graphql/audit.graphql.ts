/** The Auditors block of api-contract.planned.graphql: search of the whole log and its hash chains. Additions only. */
export const AUDIT_SDL = /* GraphQL */ `
input AuditFilter {
  "Events whose actor is this user id (SYSTEM for routing and timers)."
  actorId: ID
  conversationId: ID
  "Events that concern this agent: as actor, assignee, offer target, transfer source or target, or its own agent stream."
  agentId: ID
  "Event types, e.g. [\\"ConversationTransferred\\"]."
  types: [String!]
  correlationId: ID
  "Inclusive."
  from: DateTime
  "Exclusive."
  to: DateTime
}

type AuditConnection {
  nodes: [AuditEntry!]!
  pageInfo: PageInfo!
}

extend type AuditEntry {
  "The stream the event belongs to."
  stream: String!
  "sha256, hex, over the previous event's hash in the same stream and this event's canonical form; null for events stored before hashing existed."
  hash: String
  "Null for the first event of a stream."
  previousHash: String
}

type IntegrityReport {
  ok: Boolean!
  streams: Int!
  events: Int!
  "Events stored before hashing existed (not verifiable, not a failure)."
  unhashed: Int!
  "The first event whose stored hash does not match its content or its predecessor; null when ok."
  firstBroken: AuditEntry
  checkedAt: DateTime!
}

extend type Query {
  "Every event of the tenant matching the filter, newest first (by log position)."
  auditLog(filter: AuditFilter, first: Int = 50, after: String): AuditConnection!
  "Recomputes the hash chains (of one conversation, or of the whole tenant)."
  verifyIntegrity(conversationId: ID): IntegrityReport!
}
`;
