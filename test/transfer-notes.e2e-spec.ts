import { Client } from 'graphql-ws';
import { LiveUpdates } from '../apps/api/src/live/live-updates.service';
import { randomBytes } from 'node:crypto';
import { assign, ok, openConversation, seed, Tokens, tokensFor, transfer } from './support/fixtures';
import { untilSubscriptions } from './support/live-subscriptions';
import { subscribe, TestServer } from './support/test-server';

const NOTE = 'Pide factura A; DNI 12345678';
const UNASSIGN_NOTE = 'Vuelve a la cola: llamar mañana';

describe('who reads a transfer or unassign note (production mode)', () => {
  let server: TestServer;
  let tokens: Tokens;
  let agentC: string;
  let outsider: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await TestServer.start({ env: { NODE_ENV: 'production', AUTH_JWT_SECRET: randomBytes(32).toString('hex') } });
    tokens = await tokensFor(server);
    agentC = await server.token('agent-c', ['AGENT']);
    outsider = await server.token('agent-d', ['AGENT']);
    await seed(server, tokens.supervisor);
    ok(await server.request('mutation { registerAgent(input: { id: "agent-d", name: "Dora", queueIds: ["q1"] }) { id } }', {}, tokens.supervisor));
    // n-1: transferred a → b with a note, unassigned by b with a note, now held by c.
    await openConversation(server, tokens.supervisor, 'n-1', 'q-notes');
    ok(await assign(server, tokens.supervisor, 'n-1', 'agent-a'));
    ok(await transfer(server, tokens.agentA, { conversationId: 'n-1', toAgentId: 'agent-b', reasonId: 'billing', note: NOTE }));
    ok(await server.request(`mutation { unassignConversation(input: { conversationId: "n-1", note: "${UNASSIGN_NOTE}" }) { id } }`, {}, tokens.agentB));
    ok(await assign(server, tokens.supervisor, 'n-1', 'agent-c'));
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await server.stop();
  });

  function client(token: string): Client {
    const created = server.wsClient(token);
    clients.push(created);
    return created;
  }

  const NOTES_QUERY = '{ conversation(id: "n-1") { lastTransfer { note } } conversations(filter: { queueId: "q-notes" }) { nodes { id lastTransfer { note } } } }';
  const notesSeenBy = async (token: string) => {
    const data = ok<any>(await server.request(NOTES_QUERY, {}, token));
    return [data.conversation.lastTransfer.note, data.conversations.nodes.find((n: any) => n.id === 'n-1').lastTransfer.note];
  };

  it('gives an uninvolved agent the note as null in conversation(id) and conversations', async () => {
    expect(await notesSeenBy(outsider)).toEqual([null, null]);
  });

  it.each([
    ['the source agent', () => tokens.agentA],
    ['the target agent', () => tokens.agentB],
    ['the agent holding the conversation now', () => agentC],
    ['a supervisor', () => tokens.supervisor],
    ['an admin', () => tokens.admin],
  ])('lets %s read the note', async (_who, token) => {
    expect(await notesSeenBy(token())).toEqual([NOTE, NOTE]);
  });

  it('keeps transfer and unassign notes in transferHistory, auditTrail and history for the roles that read them', async () => {
    const history = '{ transferHistory(filter: { conversationId: "n-1" }) { nodes { note } } }';
    for (const token of [tokens.supervisor, tokens.analyst, tokens.auditor, tokens.admin]) {
      expect(ok<any>(await server.request(history, {}, token)).transferHistory.nodes).toEqual([{ note: NOTE }]);
    }
    const trail = '{ auditTrail(conversationId: "n-1") { data } conversation(id: "n-1") { history { data } } }';
    const audited = ok<any>(await server.request('{ auditTrail(conversationId: "n-1") { data } }', {}, tokens.auditor)).auditTrail;
    const supervised = ok<any>(await server.request(trail, {}, tokens.supervisor));
    for (const entries of [audited, supervised.auditTrail, supervised.conversation.history]) {
      const data = entries.map((e: any) => JSON.parse(e.data));
      expect(data.map((d: any) => d.note).filter(Boolean)).toEqual([NOTE, UNASSIGN_NOTE]);
    }
  });

  it("pushes an uninvolved agent no other pair's transfer unfiltered, and null notes where it listens to others", async () => {
    const TRANSFERRED = '{ conversationId note }';
    const before = server.app.get(LiveUpdates).activeSubscriptions;
    const outsiderAll = subscribe<any>(client(outsider), `subscription { conversationTransferred ${TRANSFERRED} }`);
    const outsiderToB = subscribe<any>(client(outsider), `subscription { conversationTransferred(toAgentId: "agent-b") ${TRANSFERRED} }`);
    const outsiderUpdates = subscribe<any>(client(outsider), 'subscription { conversationUpdated(queueId: "q-live-notes") { id lastTransfer { note } } }');
    const sourceAll = subscribe<any>(client(tokens.agentA), `subscription { conversationTransferred ${TRANSFERRED} }`);
    const targetToB = subscribe<any>(client(tokens.agentB), `subscription { conversationTransferred(toAgentId: "agent-b") ${TRANSFERRED} }`);
    const supervisorAll = subscribe<any>(client(tokens.supervisor), `subscription { conversationTransferred ${TRANSFERRED} }`);
    await untilSubscriptions(server, before + 6);

    await openConversation(server, tokens.supervisor, 'n-2', 'q-live-notes');
    ok(await assign(server, tokens.supervisor, 'n-2', 'agent-a'));
    ok(await transfer(server, tokens.agentA, { conversationId: 'n-2', toAgentId: 'agent-b', reasonId: 'billing', note: NOTE }));
    // The barrier: a later transfer the outsider is party to reaches it; n-2's, before it in the log, never did.
    await openConversation(server, tokens.supervisor, 'own-1', 'q-own');
    ok(await assign(server, tokens.supervisor, 'own-1', 'agent-d'));
    ok(await transfer(server, outsider, { conversationId: 'own-1', toAgentId: 'agent-c', reasonId: 'sales', note: 'Para Carla' }));

    const isN2 = (m: any) => m.data?.conversationTransferred?.conversationId === 'n-2';
    expect((await outsiderAll.nextMatching((m) => m.data?.conversationTransferred?.conversationId === 'own-1')).data.conversationTransferred.note).toBe('Para Carla');
    expect(outsiderAll.messages.filter(isN2)).toEqual([]);
    expect((await outsiderToB.nextMatching(isN2)).data.conversationTransferred.note).toBeNull();
    const update = await outsiderUpdates.nextMatching((m) => m.data?.conversationUpdated?.lastTransfer != null);
    expect(update.data.conversationUpdated).toEqual({ id: 'n-2', lastTransfer: { note: null } });
    for (const feed of [sourceAll, targetToB, supervisorAll]) {
      expect((await feed.nextMatching(isN2)).data.conversationTransferred.note).toBe(NOTE);
    }
  });
});
