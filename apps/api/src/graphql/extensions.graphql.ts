/** What handoff serves beyond the contract: additions only, never changes. */
export const EXTENSIONS_SDL = /* GraphQL */ `
extend type Mutation {
  "Deactivates an agent: it can no longer be assigned or receive transfers (SUPERVISOR, ADMIN)."
  deactivateAgent(agentId: ID!): Agent!
}
`;
