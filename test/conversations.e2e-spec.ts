import { conversationStream } from '@handoff/domain';
import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { assign, CONVERSATION_FIELDS, errorOf, ok, openConversation, seed, Tokens, tokensFor, transfer } from './support/fixtures';
import { TestServer } from './support/test-server';

describe('conversations over GraphQL', () => {
  let server: TestServer;
  let tokens: Tokens;
  let eventStore: EventStore;

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    eventStore = server.app.get(EVENT_STORE);
    await seed(server, tokens.supervisor);
  });
  afterAll(() => server.stop());

  const streamOf = (id: string) => eventStore.readStream(conversationStream('acme', id));

  it('opens a conversation into its queue and answers with the read model', async () => {
    const data = ok<{ openConversation: Record<string, unknown> }>(
      await server.request(
        `mutation { openConversation(input: { conversationId: "open-1", queueId: "q1", channel: "chat", contact: { id: "k1", name: "Lucía" } }) { ${CONVERSATION_FIELDS} } }`,
        {},
        tokens.integration,
      ),
    );
    expect(data.openConversation).toMatchObject({
      id: 'open-1', queueId: 'q1', channel: 'chat', status: 'QUEUED', version: 1, transferCount: 0,
      contact: { id: 'k1', name: 'Lucía' }, assignee: null, lastTransfer: null, assignedAt: null,
    });
    expect(typeof data.openConversation.waitingSince).toBe('string');
  });

  it('generates a conversation id when none is given', async () => {
    const data = ok<{ openConversation: { id: string } }>(
      await server.request(`mutation { openConversation(input: { queueId: "q1", channel: "email" }) { id status } }`, {}, tokens.supervisor),
    );
    expect(data.openConversation.id).toMatch(/[0-9a-f-]{36}/);
  });

  it('assigns, transfers with reason and note, unassigns and closes', async () => {
    await openConversation(server, tokens.supervisor, 'flow-1');
    const assigned = ok<{ assignConversation: Record<string, any> }>(await assign(server, tokens.supervisor, 'flow-1', 'agent-a'));
    expect(assigned.assignConversation).toMatchObject({ status: 'ASSIGNED', version: 2, waitingSince: null, assignee: { id: 'agent-a', activeConversations: 1 } });

    const transferred = ok<{ transferConversation: Record<string, any> }>(
      await transfer(server, tokens.supervisor, { conversationId: 'flow-1', toAgentId: 'agent-b', reasonId: 'billing', note: 'Wants a refund', expectedVersion: 2 }),
    );
    expect(transferred.transferConversation).toMatchObject({
      status: 'ASSIGNED', version: 3, transferCount: 1, assignee: { id: 'agent-b' },
      lastTransfer: {
        reasonName: 'Facturación', note: 'Wants a refund', fromAgent: { id: 'agent-a' }, toAgent: { id: 'agent-b' },
        reason: { id: 'billing', name: 'Facturación' }, transferredBy: { id: 'sup-1', role: 'SUPERVISOR' },
      },
    });

    const unassigned = ok<{ unassignConversation: Record<string, any> }>(
      await server.request(`mutation { unassignConversation(input: { conversationId: "flow-1", note: "back to queue" }) { status version assignee { id } waitingSince } }`, {}, tokens.supervisor),
    );
    expect(unassigned.unassignConversation).toMatchObject({ status: 'QUEUED', version: 4, assignee: null });
    expect(unassigned.unassignConversation.waitingSince).not.toBeNull();

    const closed = ok<{ closeConversation: Record<string, any> }>(
      await server.request(`mutation { closeConversation(input: { conversationId: "flow-1", expectedVersion: 4 }) { status version closedAt } }`, {}, tokens.supervisor),
    );
    expect(closed.closeConversation).toMatchObject({ status: 'CLOSED', version: 5 });
    expect((await streamOf('flow-1')).map((e) => e.type)).toEqual([
      'ConversationOpened', 'ConversationAssigned', 'ConversationTransferred', 'ConversationUnassigned', 'ConversationClosed',
    ]);
  });

  it('lets exactly one of 20 concurrent assigns win; the others are refused', async () => {
    await openConversation(server, tokens.supervisor, 'race-1');
    const agents = ['agent-a', 'agent-b', 'agent-c'];
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => assign(server, tokens.supervisor, 'race-1', agents[i % agents.length])),
    );
    const winners = responses.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    for (const loser of responses.filter((r) => r.errors)) {
      const { code, reason } = errorOf(loser);
      expect(code === 'CONCURRENCY_CONFLICT' || (code === 'INVALID_STATE' && reason === 'ALREADY_ASSIGNED')).toBe(true);
    }
    expect((await streamOf('race-1')).filter((e) => e.type === 'ConversationAssigned')).toHaveLength(1);
  });

  it('appends one event when the same transfer is sent twice with one commandId, and answers the same', async () => {
    await openConversation(server, tokens.supervisor, 'retry-1');
    ok(await assign(server, tokens.supervisor, 'retry-1', 'agent-a'));
    const input = { conversationId: 'retry-1', toAgentId: 'agent-b', reasonId: 'sales', note: 'upsell', commandId: 'cmd-retry-1' };
    const first = ok(await transfer(server, tokens.supervisor, input));
    const second = ok(await transfer(server, tokens.supervisor, input));
    expect(second).toEqual(first);
    expect((await streamOf('retry-1')).filter((e) => e.type === 'ConversationTransferred')).toHaveLength(1);
  });

  it('recognises a retried command even after other events were appended', async () => {
    await openConversation(server, tokens.supervisor, 'retry-2');
    ok(await assign(server, tokens.supervisor, 'retry-2', 'agent-a'));
    const input = { conversationId: 'retry-2', toAgentId: 'agent-b', reasonId: 'sales', commandId: 'cmd-retry-2' };
    ok(await transfer(server, tokens.supervisor, input));
    ok(await transfer(server, tokens.supervisor, { conversationId: 'retry-2', toAgentId: 'agent-a', reasonId: 'billing' }));
    const again = await transfer(server, tokens.supervisor, input);
    expect(again.errors).toBeUndefined();
    expect((await streamOf('retry-2')).filter((e) => e.type === 'ConversationTransferred')).toHaveLength(2);
  });

  it('leaves the stream unchanged when a command is refused', async () => {
    await openConversation(server, tokens.supervisor, 'refused-1');
    const before = await streamOf('refused-1');
    const response = await transfer(server, tokens.supervisor, { conversationId: 'refused-1', toAgentId: 'agent-b', reasonId: 'billing' });
    expect(errorOf(response)).toMatchObject({ code: 'INVALID_STATE', reason: 'NOT_ASSIGNED' });
    expect(await streamOf('refused-1')).toEqual(before);
  });

  it('records actor, command, correlation and causation ids in the audit trail', async () => {
    await openConversation(server, tokens.supervisor, 'audit-1');
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.supervisor}`, 'x-correlation-id': 'corr-42' },
      body: JSON.stringify({ query: `mutation { assignConversation(input: { conversationId: "audit-1", agentId: "agent-a", commandId: "cmd-audit-1" }) { id } }` }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    const data = ok<{ auditTrail: Array<Record<string, any>>; conversation: { history: Array<Record<string, any>> } }>(
      await server.request(
        `{ auditTrail(conversationId: "audit-1") { eventId type at actor { id role } data commandId correlationId causationId position streamVersion }
           conversation(id: "audit-1") { history { type streamVersion } } }`,
        {},
        tokens.supervisor,
      ),
    );
    expect(data.auditTrail.map((e) => e.type)).toEqual(['ConversationOpened', 'ConversationAssigned']);
    expect(data.auditTrail[1]).toMatchObject({
      actor: { id: 'sup-1', role: 'SUPERVISOR' }, commandId: 'cmd-audit-1', correlationId: 'corr-42', causationId: 'cmd-audit-1', streamVersion: 2,
    });
    expect(JSON.parse(data.auditTrail[1].data)).toEqual({ conversationId: 'audit-1', agentId: 'agent-a', queueId: 'q1' });
    expect(data.conversation.history.map((e) => e.streamVersion)).toEqual([1, 2]);
  });

  it('lists conversations by queue and status, oldest waiting first, with stable cursors', async () => {
    for (const id of ['page-1', 'page-2', 'page-3']) await openConversation(server, tokens.supervisor, id, 'q-page');
    const query = `query($after: String) { conversations(filter: { queueId: "q-page", status: [QUEUED] }, first: 2, after: $after) {
      nodes { id } pageInfo { hasNextPage endCursor } totalCount } }`;
    const first = ok<{ conversations: any }>(await server.request(query, {}, tokens.agentA)).conversations;
    expect(first.nodes.map((n: { id: string }) => n.id)).toEqual(['page-1', 'page-2']);
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    await openConversation(server, tokens.supervisor, 'page-4', 'q-page');
    const second = ok<{ conversations: any }>(await server.request(query, { after: first.pageInfo.endCursor }, tokens.agentA)).conversations;
    expect(second.nodes.map((n: { id: string }) => n.id)).toEqual(['page-3', 'page-4']);
  });

  it('filters conversations by assignee', async () => {
    await openConversation(server, tokens.supervisor, 'mine-1', 'q-mine');
    ok(await assign(server, tokens.supervisor, 'mine-1', 'agent-c'));
    const data = ok<{ conversations: any }>(
      await server.request(`{ conversations(filter: { assigneeId: "agent-c", status: [ASSIGNED] }) { nodes { id assignee { id } } totalCount } }`, {}, tokens.supervisor),
    );
    expect(data.conversations.nodes.map((n: { id: string }) => n.id)).toContain('mine-1');
    expect(data.conversations.nodes.every((n: any) => n.assignee.id === 'agent-c')).toBe(true);
  });
});
