import { GraphQLResponse } from './test-server';
import { ok } from './fixtures';

/** A server the routing tests speak to: the in-process TestServer or a child ApiProcess. */
export interface Requester {
  request<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResponse<T>>;
}

export const OFFER_FIELDS = 'id status version queueId assignee { id } offer { agent { id } expiresAt }';

export const CONFIGURE_QUEUE = `mutation($input: ConfigureQueueInput!) { configureQueue(input: $input) { queueId routing offerTimeoutSeconds maxWaitSeconds returnAfterSeconds } }`;
export const ACCEPT = `mutation($id: ID!) { acceptConversation(input: { conversationId: $id }) { ${OFFER_FIELDS} } }`;
export const DECLINE = `mutation($id: ID!, $note: String) { declineConversation(input: { conversationId: $id, note: $note }) { id } }`;
export const RECORD_ACTIVITY = `mutation($id: ID!, $kind: ActivityKind!) { recordActivity(input: { conversationId: $id, kind: $kind }) { id status } }`;
export const OFFERED_TO = `subscription($agentId: ID!) { conversationOffered(agentId: $agentId) { ${OFFER_FIELDS} } }`;
export const UPDATED_IN = `subscription($queueId: ID) { conversationUpdated(queueId: $queueId) { ${OFFER_FIELDS} } }`;
export const AUDIT = `query($id: ID!) { auditTrail(conversationId: $id) { type actor { id role } } }`;

export async function configureQueue(server: Requester, token: string, input: Record<string, unknown>): Promise<void> {
  ok(await server.request(CONFIGURE_QUEUE, { input }, token));
}

/** Registers the agents on the queues, in the order given (so the first is idle longest), and sets them ONLINE. */
export async function onlineAgents(server: Requester, token: string, queueIds: string[], agentIds: string[], maxConversations?: number): Promise<void> {
  for (const id of agentIds) {
    ok(await server.request(`mutation($input: RegisterAgentInput!) { registerAgent(input: $input) { id } }`, { input: { id, name: id, queueIds } }, token));
    if (maxConversations !== undefined) {
      ok(await server.request(`mutation($input: SetAgentCapacityInput!) { setAgentCapacity(input: $input) { id } }`, { input: { agentId: id, maxConversations } }, token));
    }
    ok(await server.request(`mutation($id: ID!) { setAgentStatus(agentId: $id, status: ONLINE) { id } }`, { id }, token));
  }
}

export async function open(server: Requester, token: string, conversationId: string, queueId: string): Promise<void> {
  ok(await server.request(`mutation($input: OpenConversationInput!) { openConversation(input: $input) { id } }`, { input: { conversationId, queueId, channel: 'chat' } }, token));
}

export async function assignTo(server: Requester, token: string, conversationId: string, agentId: string): Promise<void> {
  ok(await server.request(`mutation($input: AssignConversationInput!) { assignConversation(input: $input) { id } }`, { input: { conversationId, agentId } }, token));
}
