import { Client } from 'graphql-ws';
import { errorOf, ok } from './support/fixtures';
import { untilSubscriptions } from './support/live-subscriptions';
import {
  ACCEPT, AUDIT, assignTo, configureQueue, DECLINE, OFFERED_TO, onlineAgents, open, RECORD_ACTIVITY, UPDATED_IN,
} from './support/routing-fixtures';
import { GraphQLResponse, subscribe, TestServer } from './support/test-server';

type Offered = { id: string; status: string; assignee: { id: string } | null; offer: { agent: { id: string }; expiresAt: string } | null };
const offeredTo = (agentId: string) => (m: GraphQLResponse<{ conversationOffered?: Offered; conversationUpdated?: Offered }>) =>
  (m.data?.conversationOffered ?? m.data?.conversationUpdated)?.offer?.agent.id === agentId;

/**
 * AUTO routing over real HTTP and graphql-ws, with the router running inline in the api. Needs the command side
 * of the routing vocabulary (configureQueue, accept/decline, recordActivity and the system commands) and its read
 * side (Conversation.offer and slaBreaches, the conversationOffered subscription).
 */
describe('AUTO routing', () => {
  let server: TestServer;
  let supervisor: string;
  let clients: Client[];

  beforeEach(async () => {
    server = await TestServer.start();
    supervisor = await server.token('sup-1', ['SUPERVISOR']);
    clients = [];
  });

  afterEach(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await server.stop();
  });

  const clientFor = (token: string): Client => {
    const client = server.wsClient(token);
    clients.push(client);
    return client;
  };

  it('offers to the longest idle eligible agent; an expired offer passes to another, a declined one to a third, who accepts: ASSIGNED, each step by SYSTEM where handoff acted', async () => {
    await configureQueue(server, supervisor, { queueId: 'q-auto', routing: 'AUTO', offerTimeoutSeconds: 1 });
    // Registered in this order: agent-c has been idle longest, then agent-a, then agent-b (not the order of their ids).
    await onlineAgents(server, supervisor, ['q-auto'], ['agent-c', 'agent-a', 'agent-b']);
    const tokens = Object.fromEntries(await Promise.all(['agent-a', 'agent-b', 'agent-c'].map(async (id) => [id, await server.token(id, ['AGENT'])] as const)));
    const offers = Object.fromEntries(['agent-a', 'agent-b', 'agent-c'].map((id) => [id, subscribe<{ conversationOffered: Offered }>(clientFor(tokens[id]), OFFERED_TO, { agentId: id })]));
    const updates = subscribe<{ conversationUpdated: Offered }>(clientFor(supervisor), UPDATED_IN, { queueId: 'q-auto' });
    await untilSubscriptions(server, 4);

    await open(server, supervisor, 'conv-1', 'q-auto');
    const first = await offers['agent-c'].nextMatching(offeredTo('agent-c'));
    expect(first.data?.conversationOffered).toMatchObject({ id: 'conv-1', status: 'OFFERED', offer: { agent: { id: 'agent-c' } } });
    // Later offers get time to answer: settings apply to offers made after them (this one still expires in 1 s).
    await configureQueue(server, supervisor, { queueId: 'q-auto', routing: 'AUTO', offerTimeoutSeconds: 60 });

    // agent-c lets it expire: offered to the next longest idle.
    const second = await offers['agent-a'].nextMatching(offeredTo('agent-a'), 10_000);
    expect(second.data?.conversationOffered).toMatchObject({ id: 'conv-1', status: 'OFFERED' });
    // Too late for agent-c: the conversation is offered to another agent now (NOT_OFFERED is for no offer at all).
    expect(errorOf(await server.request(ACCEPT, { id: 'conv-1' }, tokens['agent-c']))).toMatchObject({ code: 'FORBIDDEN' });

    ok(await server.request(DECLINE, { id: 'conv-1', note: 'busy' }, tokens['agent-a']));
    await offers['agent-b'].nextMatching(offeredTo('agent-b'));
    const accepted = ok<{ acceptConversation: Offered }>(await server.request(ACCEPT, { id: 'conv-1' }, tokens['agent-b']));
    expect(accepted.acceptConversation).toMatchObject({ id: 'conv-1', status: 'ASSIGNED', assignee: { id: 'agent-b' }, offer: null });

    for (const agentId of ['agent-c', 'agent-a', 'agent-b']) await updates.nextMatching(offeredTo(agentId));
    await updates.nextMatching((m) => m.data?.conversationUpdated?.status === 'ASSIGNED');
    const audit = ok<{ auditTrail: Array<{ type: string; actor: { id: string; role: string } }> }>(await server.request(AUDIT, { id: 'conv-1' }, supervisor));
    expect(audit.auditTrail.map((entry) => [entry.type, entry.actor.role, entry.actor.id])).toEqual([
      ['ConversationOpened', 'SUPERVISOR', 'sup-1'],
      ['ConversationOffered', 'SYSTEM', 'system'],
      ['ConversationOfferExpired', 'SYSTEM', 'system'],
      ['ConversationOffered', 'SYSTEM', 'system'],
      ['ConversationOfferDeclined', 'AGENT', 'agent-a'],
      ['ConversationOffered', 'SYSTEM', 'system'],
      ['ConversationAssigned', 'AGENT', 'agent-b'],
    ]);
  }, 30_000);

  it('returns a conversation whose agent did not reply within returnAfterSeconds, with the breach; one whose agent replied stays assigned', async () => {
    await configureQueue(server, supervisor, { queueId: 'q-reply', routing: 'MANUAL', returnAfterSeconds: 1 });
    await onlineAgents(server, supervisor, ['q-reply'], ['agent-quiet', 'agent-chatty']);
    const updates = subscribe<{ conversationUpdated: Offered }>(clientFor(supervisor), UPDATED_IN, { queueId: 'q-reply' });
    await untilSubscriptions(server, 1);
    await open(server, supervisor, 'answered', 'q-reply');
    await open(server, supervisor, 'unanswered', 'q-reply');
    // The answered one is assigned first: by the time the other returns, its own timer was due too.
    await assignTo(server, supervisor, 'answered', 'agent-chatty');
    ok(await server.request(RECORD_ACTIVITY, { id: 'answered', kind: 'AGENT_REPLIED' }, await server.token('agent-chatty', ['AGENT'])));
    await assignTo(server, supervisor, 'unanswered', 'agent-quiet');

    const unanswered = (status: string) => (m: GraphQLResponse<{ conversationUpdated: Offered }>) =>
      m.data?.conversationUpdated?.id === 'unanswered' && m.data.conversationUpdated.status === status;
    const assigned = updates.messages.indexOf(await updates.nextMatching(unanswered('ASSIGNED')));
    await updates.nextMatching((m) => unanswered('QUEUED')(m) && updates.messages.indexOf(m) > assigned, 10_000);
    const query = `query { a: conversation(id: "answered") { status assignee { id } slaBreaches { kind } }
      u: conversation(id: "unanswered") { status assignee { id } slaBreaches { kind agent { id } } } }`;
    expect(ok(await server.request(query, {}, supervisor))).toEqual({
      a: { status: 'ASSIGNED', assignee: { id: 'agent-chatty' }, slaBreaches: [] },
      u: { status: 'QUEUED', assignee: null, slaBreaches: [{ kind: 'NO_REPLY', agent: { id: 'agent-quiet' } }] },
    });
  }, 30_000);
});
