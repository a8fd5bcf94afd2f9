/** Time travel, of the Analysts block of api-contract.planned.graphql: the board and a conversation as they were. */
export const TIME_TRAVEL_SDL = /* GraphQL */ `
extend type Query {
  "The queue board as it was at \`at\`, folded from the log (agentsOnline as the agents' statuses were then)."
  queueBoardAt(at: DateTime!, queueIds: [ID!]): [QueueSummary!]!
  "The conversation as it was at \`at\` (its history up to then); null if it did not exist yet."
  conversationAt(id: ID!, at: DateTime!): Conversation
}
`;
