/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment QueuePerformanceFields on QueuePerformance {\n  queueId from to entered answered answeredInTime abandoned serviceLevel avgWaitSeconds maxWaitSeconds\n  offers offersDeclined offersExpired waitBreaches }": typeof types.QueuePerformanceFieldsFragmentDoc,
    "fragment TransferAnalyticsFields on TransferAnalytics {\n  from to transfers conversations retransfers returnsToPreviousHolder avgFirstReplyAfterTransferSeconds\n  byReason { reason { id name } count }\n  flows { reason { id name } fromAgent { id name } toAgent { id name } count } }": typeof types.TransferAnalyticsFieldsFragmentDoc,
    "query QueueBoardAt($at: DateTime!, $queueIds: [ID!]) {\n  queueBoardAt(at: $at, queueIds: $queueIds) { ...QueueSummaryFields ...QueueRoutingFields } }": typeof types.QueueBoardAtDocument,
    "query QueuePerformance($from: DateTime!, $to: DateTime!, $queueIds: [ID!]) {\n  queuePerformance(from: $from, to: $to, queueIds: $queueIds) { ...QueuePerformanceFields } }": typeof types.QueuePerformanceDocument,
    "query TransferAnalytics($from: DateTime!, $to: DateTime!, $queueId: ID) {\n  transferAnalytics(from: $from, to: $to, queueId: $queueId) { ...TransferAnalyticsFields } }": typeof types.TransferAnalyticsDocument,
    "fragment AuditLogEntryFields on AuditEntry {\n  eventId type at actor { id role } data commandId correlationId position streamVersion stream hash previousHash }": typeof types.AuditLogEntryFieldsFragmentDoc,
    "fragment IntegrityReportFields on IntegrityReport {\n  ok streams events unhashed checkedAt firstBroken { ...AuditLogEntryFields } }": typeof types.IntegrityReportFieldsFragmentDoc,
    "query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) { nodes { ...AuditLogEntryFields } pageInfo { hasNextPage endCursor } } }": typeof types.AuditLogDocument,
    "query VerifyIntegrity($conversationId: ID) {\n  verifyIntegrity(conversationId: $conversationId) { ...IntegrityReportFields } }": typeof types.VerifyIntegrityDocument,
    "mutation ForgetContact($contactId: ID!) {\n  forgetContact(contactId: $contactId) { contactId conversations erasedAt } }": typeof types.ForgetContactDocument,
    "fragment AgentFields on Agent { id name status queueIds active activeConversations }": typeof types.AgentFieldsFragmentDoc,
    "fragment ConversationFields on Conversation {\n  id queueId channel contact { id name } status\n  assignee { id name status }\n  openedAt waitingSince assignedAt closedAt transferCount version\n  lastTransfer { id reasonName note at fromAgent { id name } toAgent { id name } } }": typeof types.ConversationFieldsFragmentDoc,
    "fragment TransferFields on Transfer {\n  id conversationId fromAgent { id name } toAgent { id name } reasonName note transferredBy { id role } at }": typeof types.TransferFieldsFragmentDoc,
    "fragment QueueSummaryFields on QueueSummary { queueId queued assigned oldestWaitingSince agentsOnline }": typeof types.QueueSummaryFieldsFragmentDoc,
    "fragment ReasonFields on TransferReason { id name description active }": typeof types.ReasonFieldsFragmentDoc,
    "fragment AuditEntryFields on AuditEntry { eventId type at actor { id role } data commandId correlationId streamVersion }": typeof types.AuditEntryFieldsFragmentDoc,
    "fragment AgentPerformanceFields on AgentPerformance {\n  agent { id name } assignments transfersIn transfersOut unassignments closed\n  avgHandleSeconds avgWaitSeconds transferRate transfersOutByReason { reason { id name } count } }": typeof types.AgentPerformanceFieldsFragmentDoc,
    "query Queues { queues { ...QueueSummaryFields } }": typeof types.QueuesDocument,
    "subscription QueueUpdated { queueUpdated { ...QueueSummaryFields } }": typeof types.QueueUpdatedDocument,
    "query Agents { agents { ...AgentFields } }": typeof types.AgentsDocument,
    "query Agent($id: ID!) { agent(id: $id) { ...AgentFields } }": typeof types.AgentDocument,
    "subscription AgentUpdated($agentId: ID) { agentUpdated(agentId: $agentId) { ...AgentFields } }": typeof types.AgentUpdatedDocument,
    "mutation SetAgentStatus($agentId: ID!, $status: AgentStatus!) {\n  setAgentStatus(agentId: $agentId, status: $status) { ...AgentFields } }": typeof types.SetAgentStatusDocument,
    "query Conversations($filter: ConversationFilter, $first: Int, $after: String) {\n  conversations(filter: $filter, first: $first, after: $after) {\n    nodes { ...ConversationFields } pageInfo { hasNextPage endCursor } totalCount } }": typeof types.ConversationsDocument,
    "query Conversation($id: ID!) { conversation(id: $id) { ...ConversationFields } }": typeof types.ConversationDocument,
    "subscription ConversationUpdated($queueId: ID) {\n  conversationUpdated(queueId: $queueId) { ...ConversationFields } }": typeof types.ConversationUpdatedDocument,
    "subscription ConversationTransferred($toAgentId: ID) {\n  conversationTransferred(toAgentId: $toAgentId) { ...TransferFields } }": typeof types.ConversationTransferredDocument,
    "mutation Assign($input: AssignConversationInput!) { assignConversation(input: $input) { ...ConversationFields } }": typeof types.AssignDocument,
    "mutation Unassign($input: UnassignConversationInput!) { unassignConversation(input: $input) { ...ConversationFields } }": typeof types.UnassignDocument,
    "mutation Transfer($input: TransferConversationInput!) { transferConversation(input: $input) { ...ConversationFields } }": typeof types.TransferDocument,
    "query AuditTrail($conversationId: ID!) { auditTrail(conversationId: $conversationId) { ...AuditEntryFields } }": typeof types.AuditTrailDocument,
    "query Reasons($includeInactive: Boolean) { transferReasons(includeInactive: $includeInactive) { ...ReasonFields } }": typeof types.ReasonsDocument,
    "mutation DefineReason($input: DefineTransferReasonInput!) { defineTransferReason(input: $input) { ...ReasonFields } }": typeof types.DefineReasonDocument,
    "mutation RetireReason($id: ID!) { retireTransferReason(id: $id) { ...ReasonFields } }": typeof types.RetireReasonDocument,
    "query Performance($from: DateTime!, $to: DateTime!) {\n  agentPerformance(from: $from, to: $to) { ...AgentPerformanceFields } }": typeof types.PerformanceDocument,
    "fragment OfferedConversationFields on Conversation {\n  ...ConversationFields\n  offer { agent { id name } offeredAt expiresAt } }": typeof types.OfferedConversationFieldsFragmentDoc,
    "fragment QueueRoutingFields on QueueSummary { queueId offered overdue routing }": typeof types.QueueRoutingFieldsFragmentDoc,
    "fragment AgentLoadFields on Agent {\n  id name activeConversations maxConversations channelLimits { channel max } pendingOffers spareCapacity idleSince }": typeof types.AgentLoadFieldsFragmentDoc,
    "fragment QueueSettingsFields on QueueSettings {\n  queueId name routing offerTimeoutSeconds maxWaitSeconds returnAfterSeconds serviceLevelSeconds }": typeof types.QueueSettingsFieldsFragmentDoc,
    "query OfferedConversations($queueId: ID, $first: Int) {\n  conversations(filter: { status: [OFFERED], queueId: $queueId }, first: $first) { nodes { ...OfferedConversationFields } } }": typeof types.OfferedConversationsDocument,
    "subscription ConversationOffered($agentId: ID!) {\n  conversationOffered(agentId: $agentId) { ...OfferedConversationFields } }": typeof types.ConversationOfferedDocument,
    "subscription OfferedConversationUpdated($queueId: ID) {\n  conversationUpdated(queueId: $queueId) { ...OfferedConversationFields } }": typeof types.OfferedConversationUpdatedDocument,
    "mutation Accept($input: AcceptConversationInput!) { acceptConversation(input: $input) { ...OfferedConversationFields } }": typeof types.AcceptDocument,
    "mutation Decline($input: DeclineConversationInput!) { declineConversation(input: $input) { ...OfferedConversationFields } }": typeof types.DeclineDocument,
    "query QueueRouting { queues { ...QueueRoutingFields } }": typeof types.QueueRoutingDocument,
    "subscription QueueRoutingUpdated { queueUpdated { ...QueueRoutingFields } }": typeof types.QueueRoutingUpdatedDocument,
    "query AgentLoads { agents { ...AgentLoadFields } }": typeof types.AgentLoadsDocument,
    "subscription AgentLoadUpdated { agentUpdated { ...AgentLoadFields } }": typeof types.AgentLoadUpdatedDocument,
    "mutation SetAgentCapacity($input: SetAgentCapacityInput!) {\n  setAgentCapacity(input: $input) { ...AgentLoadFields } }": typeof types.SetAgentCapacityDocument,
    "query QueueSettings { queueSettings { ...QueueSettingsFields } }": typeof types.QueueSettingsDocument,
    "mutation ConfigureQueue($input: ConfigureQueueInput!) {\n  configureQueue(input: $input) { ...QueueSettingsFields } }": typeof types.ConfigureQueueDocument,
};
const documents: Documents = {
    "fragment QueuePerformanceFields on QueuePerformance {\n  queueId from to entered answered answeredInTime abandoned serviceLevel avgWaitSeconds maxWaitSeconds\n  offers offersDeclined offersExpired waitBreaches }": types.QueuePerformanceFieldsFragmentDoc,
    "fragment TransferAnalyticsFields on TransferAnalytics {\n  from to transfers conversations retransfers returnsToPreviousHolder avgFirstReplyAfterTransferSeconds\n  byReason { reason { id name } count }\n  flows { reason { id name } fromAgent { id name } toAgent { id name } count } }": types.TransferAnalyticsFieldsFragmentDoc,
    "query QueueBoardAt($at: DateTime!, $queueIds: [ID!]) {\n  queueBoardAt(at: $at, queueIds: $queueIds) { ...QueueSummaryFields ...QueueRoutingFields } }": types.QueueBoardAtDocument,
    "query QueuePerformance($from: DateTime!, $to: DateTime!, $queueIds: [ID!]) {\n  queuePerformance(from: $from, to: $to, queueIds: $queueIds) { ...QueuePerformanceFields } }": types.QueuePerformanceDocument,
    "query TransferAnalytics($from: DateTime!, $to: DateTime!, $queueId: ID) {\n  transferAnalytics(from: $from, to: $to, queueId: $queueId) { ...TransferAnalyticsFields } }": types.TransferAnalyticsDocument,
    "fragment AuditLogEntryFields on AuditEntry {\n  eventId type at actor { id role } data commandId correlationId position streamVersion stream hash previousHash }": types.AuditLogEntryFieldsFragmentDoc,
    "fragment IntegrityReportFields on IntegrityReport {\n  ok streams events unhashed checkedAt firstBroken { ...AuditLogEntryFields } }": types.IntegrityReportFieldsFragmentDoc,
    "query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) { nodes { ...AuditLogEntryFields } pageInfo { hasNextPage endCursor } } }": types.AuditLogDocument,
    "query VerifyIntegrity($conversationId: ID) {\n  verifyIntegrity(conversationId: $conversationId) { ...IntegrityReportFields } }": types.VerifyIntegrityDocument,
    "mutation ForgetContact($contactId: ID!) {\n  forgetContact(contactId: $contactId) { contactId conversations erasedAt } }": types.ForgetContactDocument,
    "fragment AgentFields on Agent { id name status queueIds active activeConversations }": types.AgentFieldsFragmentDoc,
    "fragment ConversationFields on Conversation {\n  id queueId channel contact { id name } status\n  assignee { id name status }\n  openedAt waitingSince assignedAt closedAt transferCount version\n  lastTransfer { id reasonName note at fromAgent { id name } toAgent { id name } } }": types.ConversationFieldsFragmentDoc,
    "fragment TransferFields on Transfer {\n  id conversationId fromAgent { id name } toAgent { id name } reasonName note transferredBy { id role } at }": types.TransferFieldsFragmentDoc,
    "fragment QueueSummaryFields on QueueSummary { queueId queued assigned oldestWaitingSince agentsOnline }": types.QueueSummaryFieldsFragmentDoc,
    "fragment ReasonFields on TransferReason { id name description active }": types.ReasonFieldsFragmentDoc,
    "fragment AuditEntryFields on AuditEntry { eventId type at actor { id role } data commandId correlationId streamVersion }": types.AuditEntryFieldsFragmentDoc,
    "fragment AgentPerformanceFields on AgentPerformance {\n  agent { id name } assignments transfersIn transfersOut unassignments closed\n  avgHandleSeconds avgWaitSeconds transferRate transfersOutByReason { reason { id name } count } }": types.AgentPerformanceFieldsFragmentDoc,
    "query Queues { queues { ...QueueSummaryFields } }": types.QueuesDocument,
    "subscription QueueUpdated { queueUpdated { ...QueueSummaryFields } }": types.QueueUpdatedDocument,
    "query Agents { agents { ...AgentFields } }": types.AgentsDocument,
    "query Agent($id: ID!) { agent(id: $id) { ...AgentFields } }": types.AgentDocument,
    "subscription AgentUpdated($agentId: ID) { agentUpdated(agentId: $agentId) { ...AgentFields } }": types.AgentUpdatedDocument,
    "mutation SetAgentStatus($agentId: ID!, $status: AgentStatus!) {\n  setAgentStatus(agentId: $agentId, status: $status) { ...AgentFields } }": types.SetAgentStatusDocument,
    "query Conversations($filter: ConversationFilter, $first: Int, $after: String) {\n  conversations(filter: $filter, first: $first, after: $after) {\n    nodes { ...ConversationFields } pageInfo { hasNextPage endCursor } totalCount } }": types.ConversationsDocument,
    "query Conversation($id: ID!) { conversation(id: $id) { ...ConversationFields } }": types.ConversationDocument,
    "subscription ConversationUpdated($queueId: ID) {\n  conversationUpdated(queueId: $queueId) { ...ConversationFields } }": types.ConversationUpdatedDocument,
    "subscription ConversationTransferred($toAgentId: ID) {\n  conversationTransferred(toAgentId: $toAgentId) { ...TransferFields } }": types.ConversationTransferredDocument,
    "mutation Assign($input: AssignConversationInput!) { assignConversation(input: $input) { ...ConversationFields } }": types.AssignDocument,
    "mutation Unassign($input: UnassignConversationInput!) { unassignConversation(input: $input) { ...ConversationFields } }": types.UnassignDocument,
    "mutation Transfer($input: TransferConversationInput!) { transferConversation(input: $input) { ...ConversationFields } }": types.TransferDocument,
    "query AuditTrail($conversationId: ID!) { auditTrail(conversationId: $conversationId) { ...AuditEntryFields } }": types.AuditTrailDocument,
    "query Reasons($includeInactive: Boolean) { transferReasons(includeInactive: $includeInactive) { ...ReasonFields } }": types.ReasonsDocument,
    "mutation DefineReason($input: DefineTransferReasonInput!) { defineTransferReason(input: $input) { ...ReasonFields } }": types.DefineReasonDocument,
    "mutation RetireReason($id: ID!) { retireTransferReason(id: $id) { ...ReasonFields } }": types.RetireReasonDocument,
    "query Performance($from: DateTime!, $to: DateTime!) {\n  agentPerformance(from: $from, to: $to) { ...AgentPerformanceFields } }": types.PerformanceDocument,
    "fragment OfferedConversationFields on Conversation {\n  ...ConversationFields\n  offer { agent { id name } offeredAt expiresAt } }": types.OfferedConversationFieldsFragmentDoc,
    "fragment QueueRoutingFields on QueueSummary { queueId offered overdue routing }": types.QueueRoutingFieldsFragmentDoc,
    "fragment AgentLoadFields on Agent {\n  id name activeConversations maxConversations channelLimits { channel max } pendingOffers spareCapacity idleSince }": types.AgentLoadFieldsFragmentDoc,
    "fragment QueueSettingsFields on QueueSettings {\n  queueId name routing offerTimeoutSeconds maxWaitSeconds returnAfterSeconds serviceLevelSeconds }": types.QueueSettingsFieldsFragmentDoc,
    "query OfferedConversations($queueId: ID, $first: Int) {\n  conversations(filter: { status: [OFFERED], queueId: $queueId }, first: $first) { nodes { ...OfferedConversationFields } } }": types.OfferedConversationsDocument,
    "subscription ConversationOffered($agentId: ID!) {\n  conversationOffered(agentId: $agentId) { ...OfferedConversationFields } }": types.ConversationOfferedDocument,
    "subscription OfferedConversationUpdated($queueId: ID) {\n  conversationUpdated(queueId: $queueId) { ...OfferedConversationFields } }": types.OfferedConversationUpdatedDocument,
    "mutation Accept($input: AcceptConversationInput!) { acceptConversation(input: $input) { ...OfferedConversationFields } }": types.AcceptDocument,
    "mutation Decline($input: DeclineConversationInput!) { declineConversation(input: $input) { ...OfferedConversationFields } }": types.DeclineDocument,
    "query QueueRouting { queues { ...QueueRoutingFields } }": types.QueueRoutingDocument,
    "subscription QueueRoutingUpdated { queueUpdated { ...QueueRoutingFields } }": types.QueueRoutingUpdatedDocument,
    "query AgentLoads { agents { ...AgentLoadFields } }": types.AgentLoadsDocument,
    "subscription AgentLoadUpdated { agentUpdated { ...AgentLoadFields } }": types.AgentLoadUpdatedDocument,
    "mutation SetAgentCapacity($input: SetAgentCapacityInput!) {\n  setAgentCapacity(input: $input) { ...AgentLoadFields } }": types.SetAgentCapacityDocument,
    "query QueueSettings { queueSettings { ...QueueSettingsFields } }": types.QueueSettingsDocument,
    "mutation ConfigureQueue($input: ConfigureQueueInput!) {\n  configureQueue(input: $input) { ...QueueSettingsFields } }": types.ConfigureQueueDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QueuePerformanceFields on QueuePerformance {\n  queueId from to entered answered answeredInTime abandoned serviceLevel avgWaitSeconds maxWaitSeconds\n  offers offersDeclined offersExpired waitBreaches }"): typeof import('./graphql').QueuePerformanceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransferAnalyticsFields on TransferAnalytics {\n  from to transfers conversations retransfers returnsToPreviousHolder avgFirstReplyAfterTransferSeconds\n  byReason { reason { id name } count }\n  flows { reason { id name } fromAgent { id name } toAgent { id name } count } }"): typeof import('./graphql').TransferAnalyticsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueBoardAt($at: DateTime!, $queueIds: [ID!]) {\n  queueBoardAt(at: $at, queueIds: $queueIds) { ...QueueSummaryFields ...QueueRoutingFields } }"): typeof import('./graphql').QueueBoardAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueuePerformance($from: DateTime!, $to: DateTime!, $queueIds: [ID!]) {\n  queuePerformance(from: $from, to: $to, queueIds: $queueIds) { ...QueuePerformanceFields } }"): typeof import('./graphql').QueuePerformanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransferAnalytics($from: DateTime!, $to: DateTime!, $queueId: ID) {\n  transferAnalytics(from: $from, to: $to, queueId: $queueId) { ...TransferAnalyticsFields } }"): typeof import('./graphql').TransferAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditLogEntryFields on AuditEntry {\n  eventId type at actor { id role } data commandId correlationId position streamVersion stream hash previousHash }"): typeof import('./graphql').AuditLogEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IntegrityReportFields on IntegrityReport {\n  ok streams events unhashed checkedAt firstBroken { ...AuditLogEntryFields } }"): typeof import('./graphql').IntegrityReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) { nodes { ...AuditLogEntryFields } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VerifyIntegrity($conversationId: ID) {\n  verifyIntegrity(conversationId: $conversationId) { ...IntegrityReportFields } }"): typeof import('./graphql').VerifyIntegrityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ForgetContact($contactId: ID!) {\n  forgetContact(contactId: $contactId) { contactId conversations erasedAt } }"): typeof import('./graphql').ForgetContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgentFields on Agent { id name status queueIds active activeConversations }"): typeof import('./graphql').AgentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConversationFields on Conversation {\n  id queueId channel contact { id name } status\n  assignee { id name status }\n  openedAt waitingSince assignedAt closedAt transferCount version\n  lastTransfer { id reasonName note at fromAgent { id name } toAgent { id name } } }"): typeof import('./graphql').ConversationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransferFields on Transfer {\n  id conversationId fromAgent { id name } toAgent { id name } reasonName note transferredBy { id role } at }"): typeof import('./graphql').TransferFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QueueSummaryFields on QueueSummary { queueId queued assigned oldestWaitingSince agentsOnline }"): typeof import('./graphql').QueueSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReasonFields on TransferReason { id name description active }"): typeof import('./graphql').ReasonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditEntryFields on AuditEntry { eventId type at actor { id role } data commandId correlationId streamVersion }"): typeof import('./graphql').AuditEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgentPerformanceFields on AgentPerformance {\n  agent { id name } assignments transfersIn transfersOut unassignments closed\n  avgHandleSeconds avgWaitSeconds transferRate transfersOutByReason { reason { id name } count } }"): typeof import('./graphql').AgentPerformanceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Queues { queues { ...QueueSummaryFields } }"): typeof import('./graphql').QueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueUpdated { queueUpdated { ...QueueSummaryFields } }"): typeof import('./graphql').QueueUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Agents { agents { ...AgentFields } }"): typeof import('./graphql').AgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Agent($id: ID!) { agent(id: $id) { ...AgentFields } }"): typeof import('./graphql').AgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AgentUpdated($agentId: ID) { agentUpdated(agentId: $agentId) { ...AgentFields } }"): typeof import('./graphql').AgentUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAgentStatus($agentId: ID!, $status: AgentStatus!) {\n  setAgentStatus(agentId: $agentId, status: $status) { ...AgentFields } }"): typeof import('./graphql').SetAgentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Conversations($filter: ConversationFilter, $first: Int, $after: String) {\n  conversations(filter: $filter, first: $first, after: $after) {\n    nodes { ...ConversationFields } pageInfo { hasNextPage endCursor } totalCount } }"): typeof import('./graphql').ConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Conversation($id: ID!) { conversation(id: $id) { ...ConversationFields } }"): typeof import('./graphql').ConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ConversationUpdated($queueId: ID) {\n  conversationUpdated(queueId: $queueId) { ...ConversationFields } }"): typeof import('./graphql').ConversationUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ConversationTransferred($toAgentId: ID) {\n  conversationTransferred(toAgentId: $toAgentId) { ...TransferFields } }"): typeof import('./graphql').ConversationTransferredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Assign($input: AssignConversationInput!) { assignConversation(input: $input) { ...ConversationFields } }"): typeof import('./graphql').AssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Unassign($input: UnassignConversationInput!) { unassignConversation(input: $input) { ...ConversationFields } }"): typeof import('./graphql').UnassignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Transfer($input: TransferConversationInput!) { transferConversation(input: $input) { ...ConversationFields } }"): typeof import('./graphql').TransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrail($conversationId: ID!) { auditTrail(conversationId: $conversationId) { ...AuditEntryFields } }"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Reasons($includeInactive: Boolean) { transferReasons(includeInactive: $includeInactive) { ...ReasonFields } }"): typeof import('./graphql').ReasonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DefineReason($input: DefineTransferReasonInput!) { defineTransferReason(input: $input) { ...ReasonFields } }"): typeof import('./graphql').DefineReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireReason($id: ID!) { retireTransferReason(id: $id) { ...ReasonFields } }"): typeof import('./graphql').RetireReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Performance($from: DateTime!, $to: DateTime!) {\n  agentPerformance(from: $from, to: $to) { ...AgentPerformanceFields } }"): typeof import('./graphql').PerformanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OfferedConversationFields on Conversation {\n  ...ConversationFields\n  offer { agent { id name } offeredAt expiresAt } }"): typeof import('./graphql').OfferedConversationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QueueRoutingFields on QueueSummary { queueId offered overdue routing }"): typeof import('./graphql').QueueRoutingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgentLoadFields on Agent {\n  id name activeConversations maxConversations channelLimits { channel max } pendingOffers spareCapacity idleSince }"): typeof import('./graphql').AgentLoadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QueueSettingsFields on QueueSettings {\n  queueId name routing offerTimeoutSeconds maxWaitSeconds returnAfterSeconds serviceLevelSeconds }"): typeof import('./graphql').QueueSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfferedConversations($queueId: ID, $first: Int) {\n  conversations(filter: { status: [OFFERED], queueId: $queueId }, first: $first) { nodes { ...OfferedConversationFields } } }"): typeof import('./graphql').OfferedConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ConversationOffered($agentId: ID!) {\n  conversationOffered(agentId: $agentId) { ...OfferedConversationFields } }"): typeof import('./graphql').ConversationOfferedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OfferedConversationUpdated($queueId: ID) {\n  conversationUpdated(queueId: $queueId) { ...OfferedConversationFields } }"): typeof import('./graphql').OfferedConversationUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Accept($input: AcceptConversationInput!) { acceptConversation(input: $input) { ...OfferedConversationFields } }"): typeof import('./graphql').AcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Decline($input: DeclineConversationInput!) { declineConversation(input: $input) { ...OfferedConversationFields } }"): typeof import('./graphql').DeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueRouting { queues { ...QueueRoutingFields } }"): typeof import('./graphql').QueueRoutingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueRoutingUpdated { queueUpdated { ...QueueRoutingFields } }"): typeof import('./graphql').QueueRoutingUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgentLoads { agents { ...AgentLoadFields } }"): typeof import('./graphql').AgentLoadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AgentLoadUpdated { agentUpdated { ...AgentLoadFields } }"): typeof import('./graphql').AgentLoadUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAgentCapacity($input: SetAgentCapacityInput!) {\n  setAgentCapacity(input: $input) { ...AgentLoadFields } }"): typeof import('./graphql').SetAgentCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueSettings { queueSettings { ...QueueSettingsFields } }"): typeof import('./graphql').QueueSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfigureQueue($input: ConfigureQueueInput!) {\n  configureQueue(input: $input) { ...QueueSettingsFields } }"): typeof import('./graphql').ConfigureQueueDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
