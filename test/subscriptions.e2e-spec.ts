import { Client } from 'graphql-ws';
import { assign, ok, openConversation, seed, Tokens, tokensFor, transfer } from './support/fixtures';
import { heardBefore, untilSubscriptions } from './support/live-subscriptions';
import { subscribe, TestServer } from './support/test-server';

describe('live subscriptions over graphql-ws', () => {
  let server: TestServer;
  let tokens: Tokens;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await untilSubscriptions(server, 0);
  });
  afterAll(async () => {
    await server.stop();
  });

  function client(token: string): Client {
    const created = server.wsClient(token);
    clients.push(created);
    return created;
  }

  /** Each test starts with none (afterEach): a subscription is live once the server holds it. */
  const live = (count: number) => untilSubscriptions(server, count);

  it("shows a supervisor's conversationUpdated(queueId) an assignment, as the read model shows it", async () => {
    await openConversation(server, tokens.supervisor, 'live-1', 'q-live');
    const feed = subscribe<any>(client(tokens.supervisor), 'subscription { conversationUpdated(queueId: "q-live") { id status version assignee { id } } }');
    await live(1);
    ok(await assign(server, tokens.supervisor, 'live-1', 'agent-a'));
    const message = await feed.nextMatching((m) => m.data?.conversationUpdated?.status === 'ASSIGNED');
    expect(message.data.conversationUpdated).toEqual({ id: 'live-1', status: 'ASSIGNED', version: 2, assignee: { id: 'agent-a' } });
    const requery = ok<any>(await server.request('{ conversation(id: "live-1") { status version } }', {}, tokens.supervisor));
    expect(requery.conversation).toEqual({ status: 'ASSIGNED', version: 2 });
    feed.stop();
  });

  it('filters conversationUpdated by queue and assignee', async () => {
    const otherQueue = subscribe<any>(client(tokens.supervisor), 'subscription { conversationUpdated(queueId: "q-elsewhere") { id } }');
    const byAssignee = subscribe<any>(client(tokens.supervisor), 'subscription { conversationUpdated(assigneeId: "agent-b") { id assignee { id } } }');
    await live(2);
    await openConversation(server, tokens.supervisor, 'live-2', 'q-live');
    ok(await assign(server, tokens.supervisor, 'live-2', 'agent-b'));
    await byAssignee.nextMatching((m) => m.data?.conversationUpdated?.id === 'live-2');
    // The barrier: a later change in q-elsewhere reaches otherQueue; live-2's, before it in the log, never did.
    await openConversation(server, tokens.supervisor, 'live-2-elsewhere', 'q-elsewhere');
    const isElsewhere = (m: any) => m.data?.conversationUpdated?.id === 'live-2-elsewhere';
    await otherQueue.nextMatching(isElsewhere);
    expect(heardBefore(otherQueue.messages, isElsewhere)).toEqual([]);
    expect(byAssignee.messages.every((m) => m.data.conversationUpdated.assignee.id === 'agent-b')).toBe(true);
    otherQueue.stop();
    byAssignee.stop();
  });

  it("gives the receiving agent's conversationTransferred the reason, its name and the note", async () => {
    await openConversation(server, tokens.supervisor, 'live-3', 'q-live');
    ok(await assign(server, tokens.supervisor, 'live-3', 'agent-a'));
    const inbox = subscribe<any>(client(tokens.agentB), 'subscription { conversationTransferred(toAgentId: "agent-b") { conversationId reason { id name } reasonName note fromAgent { id } toAgent { id } transferredBy { id } } }');
    const someoneElse = subscribe<any>(client(tokens.agentA), 'subscription { conversationTransferred(toAgentId: "agent-c") { conversationId } }');
    await live(2);
    ok(await transfer(server, tokens.agentA, { conversationId: 'live-3', toAgentId: 'agent-b', reasonId: 'billing', note: 'Cliente pide reembolso' }));
    const message = await inbox.nextMatching((m) => m.data?.conversationTransferred?.conversationId === 'live-3');
    expect(message.data.conversationTransferred).toEqual({
      conversationId: 'live-3', reason: { id: 'billing', name: 'Facturación' }, reasonName: 'Facturación',
      note: 'Cliente pide reembolso', fromAgent: { id: 'agent-a' }, toAgent: { id: 'agent-b' }, transferredBy: { id: 'agent-a' },
    });
    // The barrier: a later transfer to agent-c reaches someoneElse; live-3's, before it in the log, never did.
    await openConversation(server, tokens.supervisor, 'live-3-to-c', 'q-live');
    ok(await assign(server, tokens.supervisor, 'live-3-to-c', 'agent-a'));
    ok(await transfer(server, tokens.agentA, { conversationId: 'live-3-to-c', toAgentId: 'agent-c', reasonId: 'sales' }));
    const isToC = (m: any) => m.data?.conversationTransferred?.conversationId === 'live-3-to-c';
    await someoneElse.nextMatching(isToC);
    expect(heardBefore(someoneElse.messages, isToC)).toEqual([]);
    inbox.stop();
    someoneElse.stop();
  });

  it('pushes queueUpdated with the new counts', async () => {
    const feed = subscribe<any>(client(tokens.supervisor), 'subscription { queueUpdated(queueId: "q-count") { queueId queued assigned } }');
    await live(1);
    await openConversation(server, tokens.supervisor, 'live-4', 'q-count');
    await feed.nextMatching((m) => m.data?.queueUpdated?.queued === 1);
    ok(await assign(server, tokens.supervisor, 'live-4', 'agent-a'));
    const message = await feed.nextMatching((m) => m.data?.queueUpdated?.assigned === 1);
    expect(message.data.queueUpdated).toEqual({ queueId: 'q-count', queued: 0, assigned: 1 });
    feed.stop();
  });

  it('pushes agentUpdated when an agent goes online', async () => {
    const feed = subscribe<any>(client(tokens.supervisor), 'subscription { agentUpdated(agentId: "agent-c") { id status } }');
    await live(1);
    ok(await server.request('mutation { setAgentStatus(agentId: "agent-c", status: ONLINE) { id } }', {}, tokens.supervisor));
    expect((await feed.nextMatching((m) => m.data?.agentUpdated?.status === 'ONLINE')).data.agentUpdated).toEqual({ id: 'agent-c', status: 'ONLINE' });
    feed.stop();
  });

  it("never shows one tenant another tenant's changes", async () => {
    const otherTenant = await server.token('sup-x', ['SUPERVISOR'], 'globex');
    const feed = subscribe<any>(client(otherTenant), 'subscription { conversationUpdated { id } }');
    const ownFeed = subscribe<any>(client(tokens.supervisor), 'subscription { conversationUpdated { id } }');
    await live(2);
    await openConversation(server, tokens.supervisor, 'live-5', 'q-live');
    await ownFeed.nextMatching((m) => m.data?.conversationUpdated?.id === 'live-5');
    // The barrier: a later change in its own tenant reaches feed; live-5, before it in the log, never did.
    await openConversation(server, otherTenant, 'live-5-globex', 'q-live');
    const isOwn = (m: any) => m.data?.conversationUpdated?.id === 'live-5-globex';
    await feed.nextMatching(isOwn);
    expect(heardBefore(feed.messages, isOwn)).toEqual([]);
    feed.stop();
    ownFeed.stop();
  });
});
