import { Client } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import { errorOf, ok, Tokens, tokensFor } from './support/fixtures';
import { GraphQLResponse, TestServer } from './support/test-server';

const openAsking = (id: string, selection: string) =>
  `mutation { openConversation(input: { conversationId: "${id}", queueId: "q1", channel: "web" }) { ${selection} } }`;

describe('a mutation asking for fields its caller may not read (production mode)', () => {
  let server: TestServer;
  let tokens: Tokens;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await TestServer.start({ env: { NODE_ENV: 'production', AUTH_JWT_SECRET: randomBytes(32).toString('hex') } });
    tokens = await tokensFor(server);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await server.stop();
  });

  /** What a supervisor finds of a conversation: the read model's document and the events in the log. */
  async function expectNeverOpened(id: string): Promise<void> {
    const found = ok<any>(await server.request(`{ conversation(id: "${id}") { id } auditTrail(conversationId: "${id}") { type } }`, {}, tokens.supervisor));
    expect(found).toEqual({ conversation: null, auditTrail: [] });
    const close = await server.request(`mutation { closeConversation(input: { conversationId: "${id}" }) { id } }`, {}, tokens.supervisor);
    expect(errorOf(close).code).toBe('NOT_FOUND');
  }

  function overWebSocket(token: string, query: string): Promise<GraphQLResponse> {
    const client = server.wsClient(token);
    clients.push(client);
    return new Promise((resolve, reject) => {
      client.subscribe({ query }, { next: (result) => resolve(result as GraphQLResponse), error: reject, complete: () => undefined });
    });
  }

  it('refuses it over HTTP with FORBIDDEN before anything is written', async () => {
    const http = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.integration}` },
      body: JSON.stringify({ query: openAsking('int-http', 'id history { type }') }),
    });
    expect(http.status).toBe(200); // like every other FORBIDDEN answer
    const response = (await http.json()) as GraphQLResponse;
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(response.data ?? null).toBeNull();
    await expectNeverOpened('int-http');
  });

  it('refuses it over graphql-ws with FORBIDDEN before anything is written', async () => {
    const response = await overWebSocket(tokens.integration, openAsking('int-ws', 'id history { type }'));
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(response.data ?? null).toBeNull();
    await expectNeverOpened('int-ws');
  });

  it('finds the field behind a fragment', async () => {
    const query = `${openAsking('int-fragment', '...Answer')} fragment Answer on Conversation { id history { type } }`;
    expect(errorOf(await server.request(query, {}, tokens.integration)).code).toBe('FORBIDDEN');
    await expectNeverOpened('int-fragment');
  });

  it('runs the same mutation for the same caller when it asks only for what it may read', async () => {
    expect(ok<any>(await server.request(openAsking('int-ok', 'id status'), {}, tokens.integration)).openConversation).toEqual({ id: 'int-ok', status: 'QUEUED' });
    expect(ok<any>(await overWebSocket(tokens.integration, openAsking('int-ok-ws', 'id status'))).openConversation.id).toBe('int-ok-ws');
  });

  it('runs it for a caller that may read every field it asks for', async () => {
    const data = ok<any>(await server.request(openAsking('sup-ok', 'id history { type }'), {}, tokens.supervisor));
    expect(data.openConversation).toEqual({ id: 'sup-ok', history: [{ type: 'ConversationOpened' }] });
  });
});
