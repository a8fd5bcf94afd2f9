import { assign, ok, openConversation, seed, Tokens, tokensFor, transfer } from './support/fixtures';
import { TestServer } from './support/test-server';

describe('queries over the read models', () => {
  let server: TestServer;
  let tokens: Tokens;

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    ok(await server.request('mutation { a: setAgentStatus(agentId: "agent-a", status: ONLINE) { id } b: setAgentStatus(agentId: "agent-b", status: ONLINE) { id } }', {}, tokens.supervisor));
    for (const id of ['q-1', 'q-2', 'q-3']) await openConversation(server, tokens.supervisor, id);
    ok(await assign(server, tokens.supervisor, 'q-1', 'agent-a'));
    ok(await transfer(server, tokens.supervisor, { conversationId: 'q-1', toAgentId: 'agent-b', reasonId: 'billing', note: 'first' }));
    ok(await transfer(server, tokens.agentB, { conversationId: 'q-1', toAgentId: 'agent-c', reasonId: 'sales', note: 'second' }));
    ok(await assign(server, tokens.supervisor, 'q-2', 'agent-a'));
    ok(await server.request('mutation { closeConversation(input: { conversationId: "q-2" }) { id } }', {}, tokens.supervisor));
  });
  afterAll(() => server.stop());

  // Runs first: later tests transfer more conversations away from agent-a.
  it('sums agent performance over whole hours', async () => {
    const now = new Date();
    const from = new Date(now.getTime() - 3_600_000).toISOString();
    const to = new Date(now.getTime() + 3_600_000).toISOString();
    const data = ok<any>(await server.request(
      `query($from: DateTime!, $to: DateTime!) { agentPerformance(from: $from, to: $to, agentIds: ["agent-a", "agent-b"]) {
        agent { id } from to assignments transfersIn transfersOut unassignments closed avgHandleSeconds avgWaitSeconds transferRate
        transfersOutByReason { reason { id } count } } }`,
      { from, to },
      tokens.analyst,
    ));
    const [a, b] = data.agentPerformance;
    expect(a).toMatchObject({ agent: { id: 'agent-a' }, transfersIn: 0, transfersOut: 1, closed: 1 });
    expect(a.assignments).toBeGreaterThanOrEqual(2);
    expect(a.transfersOutByReason).toEqual([{ reason: { id: 'billing' }, count: 1 }]);
    expect(a.avgWaitSeconds).toBeGreaterThanOrEqual(0);
    expect(a.avgHandleSeconds).toBeGreaterThanOrEqual(0);
    expect(a.transferRate).toBeCloseTo(a.transfersOut / a.assignments);
    expect(b).toMatchObject({ agent: { id: 'agent-b' }, transfersIn: 1, transfersOut: 1 });
    expect(a.from).toBe(new Date(Math.floor(Date.parse(from) / 3_600_000) * 3_600_000).toISOString());
    const empty = ok<any>(await server.request('{ agentPerformance(from: "2000-01-01T00:00:00Z", to: "2000-01-01T05:00:00Z", agentIds: ["agent-a"]) { assignments transferRate avgHandleSeconds transfersOutByReason { count } } }', {}, tokens.supervisor));
    expect(empty.agentPerformance).toEqual([{ assignments: 0, transferRate: null, avgHandleSeconds: null, transfersOutByReason: [] }]);
  });
  it('summarises each queue: queued, assigned, oldest wait, agents online', async () => {
    const { queues } = ok<any>(await server.request('{ queues { queueId queued assigned oldestWaitingSince agentsOnline } }', {}, tokens.supervisor));
    const q1 = queues.find((q: { queueId: string }) => q.queueId === 'q1');
    expect(q1).toMatchObject({ queued: 1, assigned: 1, agentsOnline: 2 });
    expect(typeof q1.oldestWaitingSince).toBe('string');
    expect(queues.find((q: { queueId: string }) => q.queueId === 'q2')).toMatchObject({ queued: 0, assigned: 0, agentsOnline: 1, oldestWaitingSince: null });
  });

  it('lists agents with status and load, filtered by queue and status', async () => {
    const data = ok<any>(await server.request('{ all: agents { id status activeConversations queueIds active } q2: agents(queueId: "q2") { id } online: agents(status: ONLINE) { id } one: agent(id: "agent-c") { name activeConversations } }', {}, tokens.agentA));
    expect(data.all.map((a: { id: string }) => a.id)).toEqual(['agent-a', 'agent-b', 'agent-c']);
    expect(data.all[0]).toMatchObject({ status: 'ONLINE', activeConversations: 0, queueIds: ['q1'], active: true });
    expect(data.q2.map((a: { id: string }) => a.id)).toEqual(['agent-b']);
    expect(data.online.map((a: { id: string }) => a.id)).toEqual(['agent-a', 'agent-b']);
    expect(data.one).toEqual({ name: 'Carla', activeConversations: 1 });
  });

  it('lists active reasons, and retired ones only when asked', async () => {
    ok(await server.request('mutation { defineTransferReason(input: { id: "tmp", name: "Temporal" }) { id } retireTransferReason(id: "tmp") { active } }', {}, tokens.supervisor));
    const data = ok<any>(await server.request('{ active: transferReasons { id name description } all: transferReasons(includeInactive: true) { id active } }', {}, tokens.agentA));
    expect(data.active).toEqual([
      { id: 'billing', name: 'Facturación', description: 'Billing questions' },
      { id: 'sales', name: 'Ventas', description: null },
    ]);
    expect(data.all).toContainEqual({ id: 'tmp', active: false });
  });

  it('renames a reason while transfers keep the name they had', async () => {
    await openConversation(server, tokens.supervisor, 'rename-1');
    ok(await assign(server, tokens.supervisor, 'rename-1', 'agent-a'));
    ok(await server.request('mutation { defineTransferReason(input: { id: "r-ren", name: "Before" }) { id } }', {}, tokens.supervisor));
    ok(await transfer(server, tokens.supervisor, { conversationId: 'rename-1', toAgentId: 'agent-b', reasonId: 'r-ren' }));
    const renamed = ok<any>(await server.request('mutation { defineTransferReason(input: { id: "r-ren", name: "After" }) { id name } }', {}, tokens.supervisor));
    expect(renamed.defineTransferReason.name).toBe('After');
    const history = ok<any>(await server.request('{ transferHistory(filter: { reasonId: "r-ren" }) { nodes { reasonName reason { name } } } }', {}, tokens.analyst));
    expect(history.transferHistory.nodes).toEqual([{ reasonName: 'Before', reason: { name: 'After' } }]);
  });

  it('replays the transfer history newest first, filtered by every field', async () => {
    const query = `query($filter: TransferFilter) { transferHistory(filter: $filter) { totalCount nodes { conversationId fromAgent { id } toAgent { id } reason { id } reasonName note transferredBy { id role } at position } } }`;
    const all = ok<any>(await server.request(query, { filter: { conversationId: 'q-1' } }, tokens.auditor)).transferHistory;
    expect(all.totalCount).toBe(2);
    expect(all.nodes.map((n: any) => [n.fromAgent.id, n.toAgent.id, n.reason.id, n.note])).toEqual([
      ['agent-b', 'agent-c', 'sales', 'second'],
      ['agent-a', 'agent-b', 'billing', 'first'],
    ]);
    expect(all.nodes[0].transferredBy).toEqual({ id: 'agent-b', role: 'AGENT' });
    const count = async (filter: Record<string, unknown>) => ok<any>(await server.request(query, { filter }, tokens.analyst)).transferHistory.totalCount;
    expect(await count({ conversationId: 'q-1', agentId: 'agent-b' })).toBe(2);
    expect(await count({ conversationId: 'q-1', fromAgentId: 'agent-a' })).toBe(1);
    expect(await count({ conversationId: 'q-1', toAgentId: 'agent-c' })).toBe(1);
    expect(await count({ conversationId: 'q-1', reasonId: 'billing' })).toBe(1);
    expect(await count({ conversationId: 'q-1', actorId: 'sup-1' })).toBe(1);
    expect(await count({ conversationId: 'q-1', from: all.nodes[0].at })).toBe(1);
    expect(await count({ conversationId: 'q-1', to: all.nodes[0].at })).toBe(1);
    expect(await count({ conversationId: 'q-1', from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' })).toBe(0);
  });

  it('pages the transfer history with cursors that stay stable while transfers arrive', async () => {
    const query = `query($after: String) { transferHistory(first: 1, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const first = ok<any>(await server.request(query, {}, tokens.supervisor)).transferHistory;
    await openConversation(server, tokens.supervisor, 'late-1');
    ok(await assign(server, tokens.supervisor, 'late-1', 'agent-a'));
    ok(await transfer(server, tokens.supervisor, { conversationId: 'late-1', toAgentId: 'agent-b', reasonId: 'sales' }));
    const second = ok<any>(await server.request(query, { after: first.pageInfo.endCursor }, tokens.supervisor)).transferHistory;
    expect(second.nodes[0].id).not.toBe(first.nodes[0].id);
    const everything = ok<any>(await server.request('{ transferHistory(first: 200) { nodes { id } } }', {}, tokens.supervisor)).transferHistory.nodes.map((n: { id: string }) => n.id);
    expect(everything.indexOf(second.nodes[0].id)).toBe(everything.indexOf(first.nodes[0].id) + 1);
  });

});
