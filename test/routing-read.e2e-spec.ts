import { agentStream, conversationStream, queueStream } from '@handoff/domain';
import { Client } from 'graphql-ws';
import { errorOf, ok, openConversation, seed, Tokens, tokensFor } from './support/fixtures';
import { heardBefore, untilSubscriptions } from './support/live-subscriptions';
import { appendCommand } from './support/routing-events';
import { subscribe, TestServer } from './support/test-server';

const ROUTING_FIELDS = `id status waitingSince assignee { id } offer { agent { id name } offeredAt expiresAt }
  lastAgentReplyAt lastContactMessageAt slaBreaches { kind at agent { id name } }`;
const AGENT_FIELDS = 'id activeConversations maxConversations channelLimits { channel max } pendingOffers spareCapacity idleSince';

/** The events a command of the routing round appends, conversation stream first, as ROUTING.md agrees them. */
const offer = (server: TestServer, conversationId: string, agentId: string, queueId = 'q1') =>
  appendCommand(server, [
    { stream: conversationStream('acme', conversationId), events: [{ type: 'ConversationOffered', data: { conversationId, agentId, queueId, expiresAt: '2030-01-01T00:00:00.000Z' } }] },
    { stream: agentStream('acme', agentId), events: [{ type: 'AgentConversationTaken', data: { agentId, conversationId, channel: 'whatsapp' } }] },
  ]);
const decline = (server: TestServer, conversationId: string, agentId: string, queueId = 'q1') =>
  appendCommand(server, [
    { stream: conversationStream('acme', conversationId), events: [{ type: 'ConversationOfferDeclined', data: { conversationId, agentId, queueId } }] },
    { stream: agentStream('acme', agentId), events: [{ type: 'AgentConversationReleased', data: { agentId, conversationId } }] },
  ], { actor: { id: agentId, role: 'AGENT' } });
const accept = (server: TestServer, conversationId: string, agentId: string, queueId = 'q1') =>
  appendCommand(server, [
    { stream: conversationStream('acme', conversationId), events: [{ type: 'ConversationAssigned', data: { conversationId, agentId, queueId } }] },
  ], { actor: { id: agentId, role: 'AGENT' } });

describe('the read side of routing over real HTTP and graphql-ws', () => {
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
  afterAll(() => server.stop());

  function client(token: string): Client {
    const created = server.wsClient(token);
    clients.push(created);
    return created;
  }

  const query = async (document: string, token = tokens.supervisor) => ok<any>(await server.request(document, {}, token));

  it("tells the agent of an offer on conversationOffered and shows it on the conversation, the board and the agent's load", async () => {
    await appendCommand(server, [{ stream: agentStream('acme', 'agent-a'), events: [{ type: 'AgentCapacitySet', data: { agentId: 'agent-a', maxConversations: 3, channelLimits: [{ channel: 'email', max: 1 }] } }] }], { actor: { id: 'sup-1', role: 'SUPERVISOR' } });
    await openConversation(server, tokens.supervisor, 'r-1');
    const inbox = subscribe<any>(client(tokens.agentA), `subscription { conversationOffered(agentId: "agent-a") { ${ROUTING_FIELDS} } }`);
    const updates = subscribe<any>(client(tokens.supervisor), 'subscription { conversationUpdated(queueId: "q1") { id status } }');
    await untilSubscriptions(server, 2);
    const { conversation: before } = await query('{ conversation(id: "r-1") { waitingSince } }');

    await offer(server, 'r-1', 'agent-a');

    const told = (await inbox.nextMatching((m) => m.data?.conversationOffered?.id === 'r-1')).data.conversationOffered;
    expect(told).toMatchObject({ status: 'OFFERED', waitingSince: before.waitingSince, offer: { agent: { id: 'agent-a', name: 'Ana' }, expiresAt: '2030-01-01T00:00:00.000Z' } });
    await updates.nextMatching((m) => m.data?.conversationUpdated?.status === 'OFFERED');
    const { conversation, queues, agent } = await query(`{ conversation(id: "r-1") { ${ROUTING_FIELDS} } queues { queueId queued offered assigned routing overdue } agent(id: "agent-a") { ${AGENT_FIELDS} } }`);
    expect(conversation).toEqual(told);
    expect(queues.find((q: any) => q.queueId === 'q1')).toEqual({ queueId: 'q1', queued: 0, offered: 1, assigned: 0, routing: 'MANUAL', overdue: 0 });
    expect(agent).toEqual({ id: 'agent-a', activeConversations: 0, maxConversations: 3, channelLimits: [{ channel: 'email', max: 1 }], pendingOffers: 1, spareCapacity: 2, idleSince: null });
    inbox.stop();
    updates.stop();
  });

  it('puts a declined offer back in the queue, waiting since it first entered it, and an accepted one in the agent\'s load', async () => {
    await openConversation(server, tokens.supervisor, 'r-2');
    const { conversation: before } = await query('{ conversation(id: "r-2") { waitingSince } }');
    await offer(server, 'r-2', 'agent-b');
    await decline(server, 'r-2', 'agent-b');

    expect((await query(`{ conversation(id: "r-2") { status waitingSince offer { expiresAt } } }`)).conversation).toEqual({ status: 'QUEUED', waitingSince: before.waitingSince, offer: null });
    expect((await query(`{ agent(id: "agent-b") { pendingOffers idleSince } }`)).agent).toMatchObject({ pendingOffers: 0, idleSince: expect.any(String) });

    await offer(server, 'r-2', 'agent-b');
    await accept(server, 'r-2', 'agent-b');

    expect((await query(`{ conversation(id: "r-2") { status assignee { id } offer { expiresAt } } agent(id: "agent-b") { activeConversations pendingOffers idleSince } }`))).toEqual({
      conversation: { status: 'ASSIGNED', assignee: { id: 'agent-b' }, offer: null },
      agent: { activeConversations: 1, pendingOffers: 0, idleSince: null },
    });
  });

  it('shows activity and a NO_REPLY return with its breach naming the agent, and a new wait', async () => {
    await openConversation(server, tokens.supervisor, 'r-3');
    ok(await server.request('mutation { assignConversation(input: { conversationId: "r-3", agentId: "agent-c" }) { id } }', {}, tokens.supervisor));
    const stream = conversationStream('acme', 'r-3');
    await appendCommand(server, [{ stream, events: [{ type: 'ConversationActivityRecorded', data: { conversationId: 'r-3', kind: 'CONTACT_MESSAGED' } }] }], { actor: { id: 'crm', role: 'INTEGRATION' } });
    await appendCommand(server, [{ stream, events: [{ type: 'ConversationActivityRecorded', data: { conversationId: 'r-3', kind: 'AGENT_REPLIED', agentId: 'agent-c' } }] }], { actor: { id: 'agent-c', role: 'AGENT' } });
    const replied = (await query(`{ conversation(id: "r-3") { ${ROUTING_FIELDS} } }`)).conversation;
    expect(replied).toMatchObject({ status: 'ASSIGNED', lastAgentReplyAt: expect.any(String), lastContactMessageAt: expect.any(String), slaBreaches: [] });

    const at = new Date(Date.now() + 1000);
    await appendCommand(server, [
      { stream, events: [
        { type: 'SlaBreached', data: { conversationId: 'r-3', queueId: 'q1', kind: 'NO_REPLY', agentId: 'agent-c' } },
        { type: 'ConversationReturnedToQueue', data: { conversationId: 'r-3', agentId: 'agent-c', queueId: 'q1', cause: 'NO_REPLY' } },
      ] },
      { stream: agentStream('acme', 'agent-c'), events: [{ type: 'AgentConversationReleased', data: { agentId: 'agent-c', conversationId: 'r-3' } }] },
    ], { at });

    expect((await query(`{ conversation(id: "r-3") { ${ROUTING_FIELDS} } }`)).conversation).toEqual({
      ...replied, status: 'QUEUED', assignee: null, waitingSince: at.toISOString(), lastAgentReplyAt: null,
      slaBreaches: [{ kind: 'NO_REPLY', at: at.toISOString(), agent: { id: 'agent-c', name: 'Carla' } }],
    });
  });

  it('counts as overdue on the board the conversations waiting past the queue\'s maxWaitSeconds', async () => {
    const hourAgo = new Date(Date.now() - 3_600_000);
    await appendCommand(server, [{ stream: queueStream('acme', 'q-late'), events: [{ type: 'QueueConfigured', data: { queueId: 'q-late', routing: 'AUTO', offerTimeoutSeconds: 30, maxWaitSeconds: 600, serviceLevelSeconds: 60 } }] }], { actor: { id: 'sup-1', role: 'SUPERVISOR' } });
    await appendCommand(server, [{ stream: conversationStream('acme', 'r-late'), events: [{ type: 'ConversationOpened', data: { conversationId: 'r-late', queueId: 'q-late', channel: 'webchat' } }] }], { at: hourAgo, actor: { id: 'crm', role: 'INTEGRATION' } });
    await openConversation(server, tokens.supervisor, 'r-on-time', 'q-late');

    const { queues } = await query('{ queues { queueId queued routing overdue oldestWaitingSince } }');

    expect(queues.find((q: any) => q.queueId === 'q-late')).toEqual({ queueId: 'q-late', queued: 2, routing: 'AUTO', overdue: 1, oldestWaitingSince: hourAgo.toISOString() });
  });

  it('answers queueSettings: every configured queue, or one, a queue never configured with its defaults', async () => {
    await appendCommand(server, [{ stream: queueStream('acme', 'q-set'), events: [{ type: 'QueueConfigured', data: { queueId: 'q-set', name: 'Ventas', routing: 'AUTO', offerTimeoutSeconds: 15, returnAfterSeconds: 300, serviceLevelSeconds: 45 } }] }], { actor: { id: 'sup-1', role: 'SUPERVISOR' } });
    const fields = 'queueId name routing offerTimeoutSeconds maxWaitSeconds returnAfterSeconds serviceLevelSeconds';

    const all = (await query(`{ queueSettings { ${fields} } }`, tokens.analyst)).queueSettings;
    const never = (await query(`{ queueSettings(queueId: "q-never") { ${fields} } }`, tokens.agentA)).queueSettings;

    expect(all.find((q: any) => q.queueId === 'q-set')).toEqual({ queueId: 'q-set', name: 'Ventas', routing: 'AUTO', offerTimeoutSeconds: 15, maxWaitSeconds: null, returnAfterSeconds: 300, serviceLevelSeconds: 45 });
    expect(never).toEqual([{ queueId: 'q-never', name: null, routing: 'MANUAL', offerTimeoutSeconds: 30, maxWaitSeconds: null, returnAfterSeconds: null, serviceLevelSeconds: 60 }]);
    expect(errorOf(await server.request('{ queueSettings { queueId } }', {}, tokens.auditor)).code).toBe('FORBIDDEN');
  });

  it("refuses an agent's conversationOffered for another agent (FORBIDDEN); a supervisor may listen to anyone's", async () => {
    const others = subscribe<any>(client(tokens.agentA), 'subscription { conversationOffered(agentId: "agent-b") { id } }');
    const supervised = subscribe<any>(client(tokens.supervisor), 'subscription { conversationOffered(agentId: "agent-c") { id offer { agent { id } } } }');
    await others.nextMatching((m) => !!m.errors);
    expect(JSON.stringify(others.messages)).toContain('FORBIDDEN');
    await untilSubscriptions(server, 1);
    await openConversation(server, tokens.supervisor, 'r-4');
    await offer(server, 'r-4', 'agent-c');
    expect((await supervised.nextMatching((m) => m.data?.conversationOffered?.id === 'r-4')).data.conversationOffered).toEqual({ id: 'r-4', offer: { agent: { id: 'agent-c' } } });
    supervised.stop();
  });

  it('tells the agent of each offer once, however the conversation changes while it is offered', async () => {
    const inbox = subscribe<any>(client(tokens.agentB), 'subscription { conversationOffered(agentId: "agent-b") { id } }');
    await untilSubscriptions(server, 1);
    await openConversation(server, tokens.supervisor, 'r-5');
    await openConversation(server, tokens.supervisor, 'r-6');
    await offer(server, 'r-5', 'agent-b');
    await appendCommand(server, [{ stream: conversationStream('acme', 'r-5'), events: [{ type: 'ConversationActivityRecorded', data: { conversationId: 'r-5', kind: 'CONTACT_MESSAGED' } }] }], { actor: { id: 'crm', role: 'INTEGRATION' } });
    // The barrier: a later offer reaches the feed; everything about r-5, before it in the log, has arrived by then.
    await offer(server, 'r-6', 'agent-b');
    const isR6 = (m: any) => m.data?.conversationOffered?.id === 'r-6';
    await inbox.nextMatching(isR6);

    expect(heardBefore(inbox.messages, isR6).map((m: any) => m.data.conversationOffered.id)).toEqual(['r-5']);
  });
});
