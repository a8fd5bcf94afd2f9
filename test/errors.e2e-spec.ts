import { assign, errorOf, ok, openConversation, seed, Tokens, tokensFor, transfer } from './support/fixtures';
import { TestServer } from './support/test-server';

describe('errors', () => {
  let server: TestServer;
  let tokens: Tokens;

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    await openConversation(server, tokens.supervisor, 'err-1');
  });
  afterAll(() => server.stop());

  describe('BAD_USER_INPUT names the input', () => {
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['an empty conversation id', 'assignConversation', { conversationId: '', agentId: 'agent-a' }, 'input.conversationId'],
      ['a blank agent id', 'assignConversation', { conversationId: 'err-1', agentId: '   ' }, 'input.agentId'],
      ['an id of 129 characters', 'assignConversation', { conversationId: 'x'.repeat(129), agentId: 'agent-a' }, 'input.conversationId'],
      ['an id with a control character', 'assignConversation', { conversationId: 'a\u0007b', agentId: 'agent-a' }, 'input.conversationId'],
      ['a negative expectedVersion', 'assignConversation', { conversationId: 'err-1', agentId: 'agent-a', expectedVersion: -1 }, 'input.expectedVersion'],
      ['an empty reason', 'transferConversation', { conversationId: 'err-1', toAgentId: 'agent-a', reasonId: '' }, 'input.reasonId'],
      ['a note over 2000 characters', 'transferConversation', { conversationId: 'err-1', toAgentId: 'agent-a', reasonId: 'billing', note: 'n'.repeat(2001) }, 'input.note'],
      ['an unassign note over 2000 characters', 'unassignConversation', { conversationId: 'err-1', note: 'n'.repeat(2001) }, 'input.note'],
      ['a blank channel', 'openConversation', { queueId: 'q1', channel: ' ' }, 'input.channel'],
      ['a contact name over 200 characters', 'openConversation', { queueId: 'q1', channel: 'c', contact: { id: 'k', name: 'n'.repeat(201) } }, 'input.contact.name'],
      ['a blank reason name', 'defineTransferReason', { name: '' }, 'input.name'],
      ['a description over 1000 characters', 'defineTransferReason', { name: 'x', description: 'd'.repeat(1001) }, 'input.description'],
      ['no queues for an agent', 'registerAgent', { name: 'x', queueIds: [] }, 'input.queueIds'],
      ['51 queues for an agent', 'registerAgent', { name: 'x', queueIds: Array.from({ length: 51 }, (_, i) => `q${i}`) }, 'input.queueIds'],
    ];
    const inputTypes: Record<string, string> = {
      assignConversation: 'AssignConversationInput', transferConversation: 'TransferConversationInput',
      unassignConversation: 'UnassignConversationInput', openConversation: 'OpenConversationInput',
      defineTransferReason: 'DefineTransferReasonInput', registerAgent: 'RegisterAgentInput',
    };

    it.each(cases)('for %s', async (_label, mutation, input, field) => {
      const response = await server.request(`mutation($input: ${inputTypes[mutation]}!) { ${mutation}(input: $input) { __typename } }`, { input }, tokens.supervisor);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it.each([0, 201])('for first = %i', async (first) => {
      expect(errorOf(await server.request('query($first: Int) { conversations(first: $first) { totalCount } }', { first }, tokens.supervisor))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('for a cursor this server did not issue', async () => {
      expect(errorOf(await server.request('{ transferHistory(after: "bogus") { totalCount } }', {}, tokens.supervisor))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it.each(['yesterday', '2026-01-01T10:00:00', '2026-13-01T00:00:00Z'])('for the DateTime %s', async (value) => {
      const response = await server.request('query($from: DateTime!) { agentPerformance(from: $from, to: "2027-01-01T00:00:00Z") { assignments } }', { from: value }, tokens.supervisor);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    });

    it('for from after to', async () => {
      const response = await server.request('{ transferHistory(filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { totalCount } }', {}, tokens.supervisor);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    });

    it('and writes nothing', async () => {
      const before = ok<any>(await server.request('{ conversation(id: "err-1") { version } }', {}, tokens.supervisor)).conversation.version;
      await transfer(server, tokens.supervisor, { conversationId: 'err-1', toAgentId: 'agent-a', reasonId: 'billing', note: 'n'.repeat(2001) });
      await server.request('mutation { assignConversation(input: { conversationId: "err-1", agentId: "agent-a", expectedVersion: -3 }) { id } }', {}, tokens.supervisor);
      expect(ok<any>(await server.request('{ conversation(id: "err-1") { version status } }', {}, tokens.supervisor)).conversation).toEqual({ version: before, status: 'QUEUED' });
    });
  });

  it('NOT_FOUND for a well-formed unknown conversation, agent or reason', async () => {
    expect(errorOf(await assign(server, tokens.supervisor, 'no-such', 'agent-a')).code).toBe('NOT_FOUND');
    expect(errorOf(await assign(server, tokens.supervisor, 'err-1', 'no-such-agent')).code).toBe('NOT_FOUND');
    await openConversation(server, tokens.supervisor, 'nf-1');
    ok(await assign(server, tokens.supervisor, 'nf-1', 'agent-a'));
    expect(errorOf(await transfer(server, tokens.supervisor, { conversationId: 'nf-1', toAgentId: 'agent-b', reasonId: 'no-such-reason' })).code).toBe('NOT_FOUND');
    expect(errorOf(await server.request('mutation { retireTransferReason(id: "no-such") { id } }', {}, tokens.supervisor)).code).toBe('NOT_FOUND');
  });

  describe('INVALID_STATE says which rule', () => {
    beforeAll(async () => {
      await openConversation(server, tokens.supervisor, 'is-1');
      ok(await assign(server, tokens.supervisor, 'is-1', 'agent-a'));
      ok(await server.request('mutation { defineTransferReason(input: { id: "old", name: "Old" }) { id } }', {}, tokens.supervisor));
      ok(await server.request('mutation { retireTransferReason(id: "old") { id active } }', {}, tokens.supervisor));
      ok(await server.request('mutation { registerAgent(input: { id: "gone", name: "Gone", queueIds: ["q1"] }) { id } deactivateAgent(agentId: "gone") { active } }', {}, tokens.supervisor));
    });

    it('ALREADY_ASSIGNED', async () => {
      expect(errorOf(await assign(server, tokens.supervisor, 'is-1', 'agent-b'))).toMatchObject({ code: 'INVALID_STATE', reason: 'ALREADY_ASSIGNED' });
    });
    it('SAME_AGENT', async () => {
      expect(errorOf(await transfer(server, tokens.supervisor, { conversationId: 'is-1', toAgentId: 'agent-a', reasonId: 'billing' }))).toMatchObject({ code: 'INVALID_STATE', reason: 'SAME_AGENT' });
    });
    it('REASON_INACTIVE', async () => {
      expect(errorOf(await transfer(server, tokens.supervisor, { conversationId: 'is-1', toAgentId: 'agent-b', reasonId: 'old' }))).toMatchObject({ code: 'INVALID_STATE', reason: 'REASON_INACTIVE' });
    });
    it('AGENT_INACTIVE', async () => {
      expect(errorOf(await transfer(server, tokens.supervisor, { conversationId: 'is-1', toAgentId: 'gone', reasonId: 'billing' }))).toMatchObject({ code: 'INVALID_STATE', reason: 'AGENT_INACTIVE' });
    });
    it('NOT_ASSIGNED', async () => {
      expect(errorOf(await server.request('mutation { unassignConversation(input: { conversationId: "err-1" }) { id } }', {}, tokens.supervisor))).toMatchObject({ code: 'INVALID_STATE', reason: 'NOT_ASSIGNED' });
    });
    it('CLOSED', async () => {
      await openConversation(server, tokens.supervisor, 'closed-1');
      ok(await server.request('mutation { closeConversation(input: { conversationId: "closed-1" }) { id } }', {}, tokens.supervisor));
      expect(errorOf(await server.request('mutation { closeConversation(input: { conversationId: "closed-1" }) { id } }', {}, tokens.supervisor))).toMatchObject({ code: 'INVALID_STATE', reason: 'CLOSED' });
      expect(errorOf(await assign(server, tokens.supervisor, 'closed-1', 'agent-a'))).toMatchObject({ code: 'INVALID_STATE', reason: 'CLOSED' });
    });
  });

  it('NOT_FOUND, not CONCURRENCY_CONFLICT, for an unknown conversation with an expectedVersion', async () => {
    const response = await server.request('mutation { assignConversation(input: { conversationId: "ghost", agentId: "agent-a", expectedVersion: 3 }) { id } }', {}, tokens.supervisor);
    expect(errorOf(response).code).toBe('NOT_FOUND');
  });

  it('CONCURRENCY_CONFLICT for a stale expectedVersion, writing nothing', async () => {
    await openConversation(server, tokens.supervisor, 'cc-1');
    ok(await assign(server, tokens.supervisor, 'cc-1', 'agent-a'));
    const stale = await transfer(server, tokens.supervisor, { conversationId: 'cc-1', toAgentId: 'agent-b', reasonId: 'billing', expectedVersion: 1 });
    expect(errorOf(stale).code).toBe('CONCURRENCY_CONFLICT');
    expect(ok<any>(await server.request('{ conversation(id: "cc-1") { version assignee { id } } }', {}, tokens.supervisor)).conversation).toEqual({ version: 2, assignee: { id: 'agent-a' } });
  });

  it('accepts a query 10 levels deep and refuses one 11 levels deep, fragments included', async () => {
    // __schema > types > fields > type > ofType × k > name: 5 + k levels.
    const nested = (depth: number): string => {
      let selection = 'name';
      for (let i = 0; i < depth - 5; i++) selection = `ofType { ${selection} }`;
      return `fragment F on __Type { fields { type { ${selection} } } } { __schema { types { ...F } } }`;
    };
    expect((await server.request(nested(10), {}, tokens.supervisor)).errors).toBeUndefined();
    const refused = await server.request(nested(11), {}, tokens.supervisor);
    expect(refused.errors?.[0]?.message).toMatch(/depth 11 exceeds the limit of 10/);
  });

  it('refuses a document with more than 1000 fields', async () => {
    const fields = Array.from({ length: 1001 }, (_, i) => `f${i}: __typename`).join(' ');
    const response = await server.request(`{ ${fields} }`, {}, tokens.supervisor);
    expect(response.errors?.[0]?.message).toMatch(/1000 fields/);
  });

  it('refuses a body over 1 MB with a 4xx, not a 5xx', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.supervisor}` },
      body: JSON.stringify({ query: '{ queues { queueId } }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe('errors in production', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({ env: { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-production-secret-for-the-test-run' } });
  });
  afterAll(() => server.stop());

  it('carry no stack traces or internals', async () => {
    const token = await server.token('sup-1', ['SUPERVISOR']);
    const responses = [
      await server.request('mutation { assignConversation(input: { conversationId: "x", agentId: "y" }) { id } }', {}, token),
      await server.request('{ conversations(first: 0) { totalCount } }', {}, token),
      await server.request('{ nope }', {}, token),
    ];
    for (const response of responses) {
      const text = JSON.stringify(response);
      expect(text).not.toMatch(/stacktrace|at Object\.|\.ts:\d+|node_modules/);
      expect(response.errors?.[0]?.extensions?.code).toBeDefined();
    }
  });
});
