/** The erasure part of the Auditors block of api-contract.planned.graphql: forgetContact and what it reports. */
export const PRIVACY_SDL = /* GraphQL */ `
type ErasureReport {
  contactId: ID!
  "Conversations whose personal data is now unreadable."
  conversations: Int!
  erasedAt: DateTime!
}

extend type Conversation {
  "True once the contact's personal data (contact name, notes) was erased: those fields read null."
  personalDataErased: Boolean!
}

extend type Mutation {
  "Erases a contact's personal data: contact name and the notes of its conversations become unreadable for good (crypto-shredding); the log keeps its events and its hash chains still verify."
  forgetContact(contactId: ID!): ErasureReport!
}
`;
