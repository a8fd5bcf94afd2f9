/**
 * The console's routing documents (offers, capacity, queue settings), kept apart from operations.ts on purpose:
 * the screens read them beside the base operations, so an api without routing still serves every other screen
 * (a routing query that fails there only leaves its extra figures out).
 */
import { graphql } from '../gql';

graphql(`fragment OfferedConversationFields on Conversation {
  ...ConversationFields
  offer { agent { id name } offeredAt expiresAt } }`);

graphql(`fragment QueueRoutingFields on QueueSummary { queueId offered overdue routing }`);

graphql(`fragment AgentLoadFields on Agent {
  id name activeConversations maxConversations channelLimits { channel max } pendingOffers spareCapacity idleSince }`);

graphql(`fragment QueueSettingsFields on QueueSettings {
  queueId name routing offerTimeoutSeconds maxWaitSeconds returnAfterSeconds serviceLevelSeconds }`);

export const OFFERED_CONVERSATIONS = graphql(`query OfferedConversations($queueId: ID, $first: Int) {
  conversations(filter: { status: [OFFERED], queueId: $queueId }, first: $first) { nodes { ...OfferedConversationFields } } }`);
export const CONVERSATION_OFFERED = graphql(`subscription ConversationOffered($agentId: ID!) {
  conversationOffered(agentId: $agentId) { ...OfferedConversationFields } }`);
export const OFFERED_CONVERSATION_UPDATED = graphql(`subscription OfferedConversationUpdated($queueId: ID) {
  conversationUpdated(queueId: $queueId) { ...OfferedConversationFields } }`);
export const ACCEPT = graphql(`mutation Accept($input: AcceptConversationInput!) { acceptConversation(input: $input) { ...OfferedConversationFields } }`);
export const DECLINE = graphql(`mutation Decline($input: DeclineConversationInput!) { declineConversation(input: $input) { ...OfferedConversationFields } }`);

export const QUEUE_ROUTING = graphql(`query QueueRouting { queues { ...QueueRoutingFields } }`);
export const QUEUE_ROUTING_UPDATED = graphql(`subscription QueueRoutingUpdated { queueUpdated { ...QueueRoutingFields } }`);

export const AGENT_LOADS = graphql(`query AgentLoads { agents { ...AgentLoadFields } }`);
export const AGENT_LOAD_UPDATED = graphql(`subscription AgentLoadUpdated { agentUpdated { ...AgentLoadFields } }`);
export const SET_AGENT_CAPACITY = graphql(`mutation SetAgentCapacity($input: SetAgentCapacityInput!) {
  setAgentCapacity(input: $input) { ...AgentLoadFields } }`);

export const QUEUE_SETTINGS = graphql(`query QueueSettings { queueSettings { ...QueueSettingsFields } }`);
export const CONFIGURE_QUEUE = graphql(`mutation ConfigureQueue($input: ConfigureQueueInput!) {
  configureQueue(input: $input) { ...QueueSettingsFields } }`);
