/** Every GraphQL document the console sends. Fields are those of the contract only. */
const AGENT_FIELDS = 'id name status queueIds active activeConversations';

const CONVERSATION_FIELDS = `
  id queueId channel contact { id name } status
  assignee { id name status }
  openedAt waitingSince assignedAt closedAt transferCount version
  lastTransfer { id reasonName note at fromAgent { id name } toAgent { id name } }`;

const TRANSFER_FIELDS = 'id conversationId fromAgent { id name } toAgent { id name } reasonName note transferredBy { id role } at';

export const QUEUES = 'query Queues { queues { queueId queued assigned oldestWaitingSince agentsOnline } }';
export const QUEUE_UPDATED = 'subscription QueueUpdated { queueUpdated { queueId queued assigned oldestWaitingSince agentsOnline } }';

export const AGENTS = `query Agents { agents { ${AGENT_FIELDS} } }`;
export const AGENT = `query Agent($id: ID!) { agent(id: $id) { ${AGENT_FIELDS} } }`;
export const AGENT_UPDATED = `subscription AgentUpdated($agentId: ID) { agentUpdated(agentId: $agentId) { ${AGENT_FIELDS} } }`;
export const SET_AGENT_STATUS = `mutation SetAgentStatus($agentId: ID!, $status: AgentStatus!) {
  setAgentStatus(agentId: $agentId, status: $status) { ${AGENT_FIELDS} } }`;

export const CONVERSATIONS = `query Conversations($filter: ConversationFilter, $first: Int, $after: String) {
  conversations(filter: $filter, first: $first, after: $after) {
    nodes { ${CONVERSATION_FIELDS} } pageInfo { hasNextPage endCursor } totalCount } }`;
export const CONVERSATION = `query Conversation($id: ID!) { conversation(id: $id) { ${CONVERSATION_FIELDS} } }`;
export const CONVERSATION_UPDATED = `subscription ConversationUpdated($queueId: ID) {
  conversationUpdated(queueId: $queueId) { ${CONVERSATION_FIELDS} } }`;
export const CONVERSATION_TRANSFERRED = `subscription ConversationTransferred($toAgentId: ID) {
  conversationTransferred(toAgentId: $toAgentId) { ${TRANSFER_FIELDS} } }`;

export const ASSIGN = `mutation Assign($input: AssignConversationInput!) { assignConversation(input: $input) { ${CONVERSATION_FIELDS} } }`;
export const UNASSIGN = `mutation Unassign($input: UnassignConversationInput!) { unassignConversation(input: $input) { ${CONVERSATION_FIELDS} } }`;
export const TRANSFER = `mutation Transfer($input: TransferConversationInput!) { transferConversation(input: $input) { ${CONVERSATION_FIELDS} } }`;

export const AUDIT_TRAIL = `query AuditTrail($conversationId: ID!) {
  auditTrail(conversationId: $conversationId) { eventId type at actor { id role } data commandId correlationId streamVersion } }`;

const REASON_FIELDS = 'id name description active';
export const REASONS = `query Reasons($includeInactive: Boolean) { transferReasons(includeInactive: $includeInactive) { ${REASON_FIELDS} } }`;
export const DEFINE_REASON = `mutation DefineReason($input: DefineTransferReasonInput!) { defineTransferReason(input: $input) { ${REASON_FIELDS} } }`;
export const RETIRE_REASON = `mutation RetireReason($id: ID!) { retireTransferReason(id: $id) { ${REASON_FIELDS} } }`;

export const AGENT_PERFORMANCE = `query Performance($from: DateTime!, $to: DateTime!) {
  agentPerformance(from: $from, to: $to) {
    agent { id name } assignments transfersIn transfersOut unassignments closed
    avgHandleSeconds avgWaitSeconds transferRate transfersOutByReason { reason { id name } count } } }`;
