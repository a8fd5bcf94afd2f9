import { GraphQLResponse, TestServer } from './test-server';

export const CONVERSATION_FIELDS = `id queueId channel status version transferCount waitingSince assignedAt closedAt openedAt
  contact { id name } assignee { id name activeConversations }
  lastTransfer { id reasonName note fromAgent { id } toAgent { id } reason { id name } transferredBy { id role } at position }`;

export interface Tokens {
  supervisor: string;
  admin: string;
  agentA: string;
  agentB: string;
  analyst: string;
  auditor: string;
  integration: string;
}

export async function tokensFor(server: TestServer, tenant = 'acme'): Promise<Tokens> {
  return {
    supervisor: await server.token('sup-1', ['SUPERVISOR'], tenant),
    admin: await server.token('admin-1', ['ADMIN'], tenant),
    agentA: await server.token('agent-a', ['AGENT'], tenant),
    agentB: await server.token('agent-b', ['AGENT'], tenant),
    analyst: await server.token('analyst-1', ['ANALYST'], tenant),
    auditor: await server.token('auditor-1', ['AUDITOR'], tenant),
    integration: await server.token('crm', ['INTEGRATION'], tenant),
  };
}

export function ok<T = Record<string, any>>(response: GraphQLResponse<unknown>): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

export function errorOf(response: GraphQLResponse): { code?: unknown; field?: unknown; reason?: unknown; message: string } {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return { code: error.extensions?.code, field: error.extensions?.field, reason: error.extensions?.reason, message: error.message };
}

/** Agents agent-a, agent-b, agent-c on queue q1 (agent-c deactivated when asked), reasons billing and sales. */
export async function seed(server: TestServer, supervisor: string): Promise<void> {
  const mutation = `mutation {
    a: registerAgent(input: { id: "agent-a", name: "Ana", queueIds: ["q1"] }) { id }
    b: registerAgent(input: { id: "agent-b", name: "Bruno", queueIds: ["q1", "q2"] }) { id }
    c: registerAgent(input: { id: "agent-c", name: "Carla", queueIds: ["q1"] }) { id }
    r1: defineTransferReason(input: { id: "billing", name: "Facturación", description: "Billing questions" }) { id }
    r2: defineTransferReason(input: { id: "sales", name: "Ventas" }) { id }
  }`;
  ok(await server.request(mutation, {}, supervisor));
}

export async function openConversation(server: TestServer, token: string, id: string, queueId = 'q1'): Promise<void> {
  ok(
    await server.request(
      `mutation($input: OpenConversationInput!) { openConversation(input: $input) { id } }`,
      { input: { conversationId: id, queueId, channel: 'whatsapp', contact: { id: `contact-${id}`, name: 'María' } } },
      token,
    ),
  );
}

export async function assign(server: TestServer, token: string, conversationId: string, agentId: string): Promise<GraphQLResponse> {
  return server.request(
    `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { ${CONVERSATION_FIELDS} } }`,
    { input: { conversationId, agentId } },
    token,
  );
}

export async function transfer(
  server: TestServer,
  token: string,
  input: Record<string, unknown>,
): Promise<GraphQLResponse> {
  return server.request(
    `mutation($input: TransferConversationInput!) { transferConversation(input: $input) { ${CONVERSATION_FIELDS} } }`,
    { input },
    token,
  );
}
