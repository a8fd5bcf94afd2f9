import { Role } from '@handoff/domain';
import { SignJWT, UnsecuredJWT } from 'jose';
import { errorOf, ok, openConversation, seed, Tokens, tokensFor, assign } from './support/fixtures';
import { TestServer } from './support/test-server';

const QUEUES = '{ queues { queueId } }';

describe('authentication', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  const sign = (secret: string, claims: Record<string, unknown>, expires = '1h') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('sup-1').setIssuedAt().setExpirationTime(expires).sign(new TextEncoder().encode(secret));

  it.each([
    ['no token', undefined],
    ['a malformed token', 'not-a-jwt'],
  ])('refuses %s with UNAUTHENTICATED', async (_label, token) => {
    expect(errorOf(await server.request(QUEUES, {}, token)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await sign('someone-elses-secret', { tenant: 'acme', roles: ['ADMIN'] });
    expect(errorOf(await server.request(QUEUES, {}, forged)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const expired = await new SignJWT({ tenant: 'acme', roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('sup-1').setIssuedAt(1_000_000).setExpirationTime(1_000_060)
      .sign(new TextEncoder().encode(server.config.jwtSecret));
    expect(errorOf(await server.request(QUEUES, {}, expired)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned alg:none token', async () => {
    const unsigned = new UnsecuredJWT({ tenant: 'acme', roles: ['ADMIN'] }).setSubject('sup-1').setIssuedAt().setExpirationTime('1h').encode();
    expect(errorOf(await server.request(QUEUES, {}, unsigned)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without a tenant or with unknown roles', async () => {
    expect(errorOf(await server.request(QUEUES, {}, await sign(server.config.jwtSecret, { roles: ['ADMIN'] }))).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await server.request(QUEUES, {}, await sign(server.config.jwtSecret, { tenant: 'acme', roles: ['ROOT'] }))).code).toBe('UNAUTHENTICATED');
  });

  it('accepts a valid token', async () => {
    expect(ok(await server.request(QUEUES, {}, await server.token('sup-1', ['SUPERVISOR'])))).toEqual({ queues: [] });
  });

  it('refuses a graphql-ws connection without a valid token (closed with 4403)', async () => {
    const client = server.wsClient('forged');
    try {
      const result = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: 'subscription { queueUpdated { queueId } }' }, { next: resolve, error: resolve, complete: () => resolve('complete') });
      });
      expect((result as { code?: number }).code).toBe(4403);
    } finally {
      await client.dispose();
    }
  });
});

describe('role matrix', () => {
  let server: TestServer;
  let tokens: Tokens;

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    await openConversation(server, tokens.supervisor, 'rm-1');
  });
  afterAll(() => server.stop());

  const role = (name: Role) => server.token(`${name.toLowerCase()}-x`, [name]);

  const operations: Array<{ name: string; query: string; allowed: Role; refused: Role }> = [
    { name: 'openConversation', query: 'mutation { openConversation(input: { queueId: "q1", channel: "c" }) { id } }', allowed: 'INTEGRATION', refused: 'AGENT' },
    { name: 'assignConversation', query: 'mutation { assignConversation(input: { conversationId: "nope", agentId: "agent-a" }) { id } }', allowed: 'SUPERVISOR', refused: 'ANALYST' },
    { name: 'unassignConversation', query: 'mutation { unassignConversation(input: { conversationId: "nope" }) { id } }', allowed: 'ADMIN', refused: 'AUDITOR' },
    { name: 'transferConversation', query: 'mutation { transferConversation(input: { conversationId: "nope", toAgentId: "agent-a", reasonId: "billing" }) { id } }', allowed: 'SUPERVISOR', refused: 'INTEGRATION' },
    { name: 'closeConversation', query: 'mutation { closeConversation(input: { conversationId: "nope" }) { id } }', allowed: 'INTEGRATION', refused: 'ANALYST' },
    { name: 'defineTransferReason', query: 'mutation { defineTransferReason(input: { name: "X" }) { id } }', allowed: 'ADMIN', refused: 'AGENT' },
    { name: 'retireTransferReason', query: 'mutation { retireTransferReason(id: "sales") { id } }', allowed: 'SUPERVISOR', refused: 'AGENT' },
    { name: 'registerAgent', query: 'mutation { registerAgent(input: { name: "Z", queueIds: ["q9"] }) { id } }', allowed: 'ADMIN', refused: 'AGENT' },
    { name: 'setAgentStatus', query: 'mutation { setAgentStatus(agentId: "agent-a", status: ONLINE) { id } }', allowed: 'SUPERVISOR', refused: 'ANALYST' },
    { name: 'conversations', query: '{ conversations { totalCount } }', allowed: 'AGENT', refused: 'ANALYST' },
    { name: 'conversation', query: '{ conversation(id: "rm-1") { id } }', allowed: 'SUPERVISOR', refused: 'AUDITOR' },
    { name: 'queues', query: '{ queues { queueId } }', allowed: 'AGENT', refused: 'INTEGRATION' },
    { name: 'agents', query: '{ agents { id } }', allowed: 'ADMIN', refused: 'ANALYST' },
    { name: 'agent', query: '{ agent(id: "agent-a") { id } }', allowed: 'AGENT', refused: 'AUDITOR' },
    { name: 'transferReasons', query: '{ transferReasons { id } }', allowed: 'AGENT', refused: 'INTEGRATION' },
    { name: 'agentPerformance', query: '{ agentPerformance(from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { assignments } }', allowed: 'ANALYST', refused: 'AGENT' },
    { name: 'transferHistory', query: '{ transferHistory { totalCount } }', allowed: 'AUDITOR', refused: 'AGENT' },
    { name: 'auditTrail', query: '{ auditTrail(conversationId: "rm-1") { type } }', allowed: 'AUDITOR', refused: 'ANALYST' },
  ];

  it.each(operations)('$name: allowed for $allowed, FORBIDDEN for $refused', async ({ query, allowed, refused }) => {
    const allowedResponse = await server.request(query, {}, await role(allowed));
    expect(allowedResponse.errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
    expect(allowedResponse.errors?.[0]?.extensions?.code).not.toBe('UNAUTHENTICATED');
    expect(errorOf(await server.request(query, {}, await role(refused))).code).toBe('FORBIDDEN');
  });

  it('Conversation.history is FORBIDDEN to an agent but not to a supervisor', async () => {
    const query = '{ conversation(id: "rm-1") { id history { type } } }';
    expect(errorOf(await server.request(query, {}, tokens.agentA)).code).toBe('FORBIDDEN');
    expect(ok<any>(await server.request(query, {}, tokens.supervisor)).conversation.history).toHaveLength(1);
  });

  it('lets an agent assign a conversation to itself but not to another agent', async () => {
    await openConversation(server, tokens.supervisor, 'self-1');
    expect(errorOf(await assign(server, tokens.agentA, 'self-1', 'agent-b')).code).toBe('FORBIDDEN');
    expect(ok<any>(await assign(server, tokens.agentA, 'self-1', 'agent-a')).assignConversation.assignee.id).toBe('agent-a');
  });

  it('lets an agent transfer only its own conversation', async () => {
    await openConversation(server, tokens.supervisor, 'own-1');
    ok(await assign(server, tokens.supervisor, 'own-1', 'agent-a'));
    const query = 'mutation($to: ID!) { transferConversation(input: { conversationId: "own-1", toAgentId: $to, reasonId: "billing" }) { assignee { id } } }';
    expect(errorOf(await server.request(query, { to: 'agent-c' }, tokens.agentB)).code).toBe('FORBIDDEN');
    expect(ok<any>(await server.request(query, { to: 'agent-b' }, tokens.agentA)).transferConversation.assignee.id).toBe('agent-b');
  });

  it('lets an agent set only its own status', async () => {
    const query = 'mutation($id: ID!) { setAgentStatus(agentId: $id, status: AWAY) { id status } }';
    expect(errorOf(await server.request(query, { id: 'agent-b' }, tokens.agentA)).code).toBe('FORBIDDEN');
    expect(ok<any>(await server.request(query, { id: 'agent-a' }, tokens.agentA)).setAgentStatus.status).toBe('AWAY');
  });
});

describe('tenant isolation', () => {
  let server: TestServer;
  let acme: Tokens;
  let other: Tokens;

  beforeAll(async () => {
    server = await TestServer.start();
    acme = await tokensFor(server, 'acme');
    other = await tokensFor(server, 'globex');
    await seed(server, acme.supervisor);
    await openConversation(server, acme.supervisor, 'secret-1');
    ok(await assign(server, acme.supervisor, 'secret-1', 'agent-a'));
  });
  afterAll(() => server.stop());

  it("shows another tenant's conversation as one that does not exist", async () => {
    expect(ok<any>(await server.request('{ conversation(id: "secret-1") { id } }', {}, other.supervisor)).conversation).toBeNull();
    expect(ok<any>(await server.request('{ conversations { totalCount } queues { queueId } agents { id } transferReasons { id } }', {}, other.supervisor))).toEqual({
      conversations: { totalCount: 0 }, queues: [], agents: [], transferReasons: [],
    });
    expect(ok<any>(await server.request('{ auditTrail(conversationId: "secret-1") { type } }', {}, other.supervisor)).auditTrail).toEqual([]);
    expect(ok<any>(await server.request('{ agent(id: "agent-a") { id } }', {}, other.supervisor)).agent).toBeNull();
  });

  it("refuses commands on another tenant's ids with NOT_FOUND", async () => {
    const response = await server.request('mutation { closeConversation(input: { conversationId: "secret-1" }) { id } }', {}, other.supervisor);
    expect(errorOf(response).code).toBe('NOT_FOUND');
    const theirs = ok<any>(await server.request('{ conversation(id: "secret-1") { status } }', {}, acme.supervisor));
    expect(theirs.conversation.status).toBe('ASSIGNED');
  });

  it("cannot assign to another tenant's agent", async () => {
    await openConversation(server, other.supervisor, 'g-1');
    expect(errorOf(await assign(server, other.supervisor, 'g-1', 'agent-a')).code).toBe('NOT_FOUND');
  });
});
