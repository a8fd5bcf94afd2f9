import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { connect, Socket } from 'node:net';
import { errorOf, ok, openConversation, seed, Tokens, tokensFor } from './support/fixtures';
import { RawSocket } from './support/raw-socket';
import { TestServer } from './support/test-server';

/** Production mode with a real secret, as the attacks were run. */
const PRODUCTION = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'security-limits-e2e-secret-2f8c1a9d' };

const aliases = (count: number, field: (i: number) => string): string => Array.from({ length: count }, (_, i) => field(i)).join(' ');
/** `__type` nested `depth` fields deep (introspection is turned on for this, so that depth is what refuses it). */
const deepQuery = (depth: number): string => {
  let selection = 'name';
  for (let i = 0; i < depth - 2; i++) selection = `ofType { ${selection} }`;
  return `{ __type(name: "Conversation") { fields { type { ${selection} } } } }`;
};
const ELEVEN_AGENTS = `mutation { ${aliases(11, (i) => `a${i}: registerAgent(input: { id: "burst-${i}", name: "Burst ${i}", queueIds: ["q1"] }) { id }`)} }`;
const HISTORY_BOMB = `{ ${aliases(5, (i) => `c${i}: conversations(first: 200) { nodes { ...F } }`)} }
  fragment F on Conversation { ${aliases(100, (i) => `f${i}: history { eventId }`)} }`;
const TRANSFER_BOMB = `{ ${aliases(5, (i) => `c${i}: conversations(first: 200) { nodes { ...F } }`)} }
  fragment F on Conversation { ${aliases(100, (i) => `f${i}: lastTransfer { fromAgent { id name status queueIds } }`)} }`;

describe('graphql-ws runs the limits HTTP runs (item 1)', () => {
  let server: TestServer;
  let tokens: Tokens;
  beforeAll(async () => {
    server = await TestServer.start({ env: { ...PRODUCTION, GRAPHQL_INTROSPECTION: 'true', WS_MAX_SUBSCRIPTIONS: '3' } });
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
  });
  afterAll(() => server.stop());

  it('refuses a query deeper than 10 over graphql-ws, as over HTTP', async () => {
    expect(errorOf(await server.request(deepQuery(16), {}, tokens.supervisor))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/depth \d+ exceeds the limit of 10/) });
    const socket = await RawSocket.acknowledged(server.url, tokens.supervisor);
    socket.subscribe('deep', deepQuery(16));
    expect(errorOf(await socket.answerTo('deep'))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/depth \d+ exceeds the limit of 10/) });
    socket.close();
  });

  it('refuses a 1,500-field mutation over graphql-ws and writes nothing', async () => {
    const wide = `mutation { openConversation(input: { conversationId: "ws-wide", queueId: "q1", channel: "chat" }) { ${aliases(1500, (i) => `f${i}: id`)} } }`;
    const socket = await RawSocket.acknowledged(server.url, tokens.supervisor);
    socket.subscribe('wide', wide);
    expect(errorOf(await socket.answerTo('wide'))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/more than 1000 fields/) });
    socket.close();
    expect(ok(await server.request('{ conversation(id: "ws-wide") { id } }', {}, tokens.supervisor))).toEqual({ conversation: null });
  });

  it('refuses 11 commands in one mutation over graphql-ws and writes nothing', async () => {
    const socket = await RawSocket.acknowledged(server.url, tokens.supervisor);
    socket.subscribe('burst', ELEVEN_AGENTS);
    expect(errorOf(await socket.answerTo('burst'))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/11 commands, more than the limit of 10/) });
    socket.close();
    expect(ok(await server.request('{ agent(id: "burst-0") { id } }', {}, tokens.supervisor))).toEqual({ agent: null });
  });

  it('closes a socket that sends a message over 1 MB with 1009, writing nothing', async () => {
    const socket = await RawSocket.acknowledged(server.url, tokens.supervisor);
    socket.subscribe('big', 'mutation($input: OpenConversationInput!) { openConversation(input: $input) { id } }', {
      input: { conversationId: 'ws-big', queueId: 'q1', channel: 'chat', contact: { id: 'k', name: 'x'.repeat(2_000_000) } },
    });
    expect((await socket.closed).code).toBe(1009);
    expect(ok(await server.request('{ conversation(id: "ws-big") { id } }', {}, tokens.supervisor))).toEqual({ conversation: null });
  });

  it('refuses a subscription past WS_MAX_SUBSCRIPTIONS on one socket with LIMIT_EXCEEDED', async () => {
    const socket = await RawSocket.acknowledged(server.url, tokens.supervisor);
    for (const id of ['s1', 's2', 's3', 's4']) socket.subscribe(id, 'subscription { queueUpdated { queueId } }');
    expect(errorOf(await socket.answerTo('s4'))).toMatchObject({ code: 'LIMIT_EXCEEDED', message: 'at most 3 operations may run on one socket' });
    socket.send({ id: 's1', type: 'complete' });
    socket.subscribe('s5', 'subscription { queueUpdated { queueId } }');
    await openConversation(server, tokens.supervisor, 'ws-sub-1');
    expect((await socket.answerTo('s5')).data.queueUpdated).toEqual({ queueId: 'q1' });
    socket.close();
  });
});

describe('the query cost bound (item 2)', () => {
  let server: TestServer;
  let tokens: Tokens;
  beforeAll(async () => {
    server = await TestServer.start({ env: PRODUCTION });
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    for (const id of ['cost-1', 'cost-2', 'cost-3']) await openConversation(server, tokens.supervisor, id);
  });
  afterAll(() => server.stop());

  const costRefusal = { code: 'BAD_USER_INPUT', message: expect.stringMatching(/^the query costs \d+, more than the limit of 20000$/) };

  it('counts a fragment once per spread: 2.7 KB of history aliases is refused over HTTP with 400', async () => {
    expect(HISTORY_BOMB.length).toBeLessThan(4000);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.supervisor}` },
      body: JSON.stringify({ query: HISTORY_BOMB }),
    });
    expect(response.status).toBe(400);
    expect(errorOf((await response.json()) as never)).toMatchObject(costRefusal);
  });

  it('refuses the same over graphql-ws', async () => {
    const socket = await RawSocket.acknowledged(server.url, tokens.supervisor);
    socket.subscribe('bomb', HISTORY_BOMB);
    expect(errorOf(await socket.answerTo('bomb'))).toMatchObject(costRefusal);
    socket.close();
  });

  it('refuses an agent the same through lastTransfer { fromAgent }', async () => {
    expect(errorOf(await server.request(TRANSFER_BOMB, {}, tokens.agentA))).toMatchObject(costRefusal);
  });

  it('weighs a page by the page size the variables ask for', async () => {
    const query = `query($first: Int) { conversations(first: $first) { nodes { ${aliases(120, (i) => `f${i}: id`)} } } }`;
    expect(ok(await server.request(query, { first: 100 }, tokens.supervisor)).conversations.nodes).toHaveLength(3);
    expect(errorOf(await server.request(query, { first: 200 }, tokens.supervisor))).toMatchObject(costRefusal);
  });

  it('reads a conversation\'s history once per request, however many aliases ask for it', async () => {
    const eventStore = server.app.get<EventStore>(EVENT_STORE);
    const readStream = eventStore.readStream.bind(eventStore);
    const streamsRead: string[] = [];
    eventStore.readStream = ((stream: string, ...rest: unknown[]) => {
      streamsRead.push(stream);
      return (readStream as (...args: unknown[]) => ReturnType<EventStore['readStream']>)(stream, ...rest);
    }) as EventStore['readStream'];
    try {
      const query = `{ a: conversations(first: 10) { nodes { h1: history { eventId } h2: history { type } } }
        b: conversation(id: "cost-1") { history { eventId } } }`;
      const data = ok<any>(await server.request(query, {}, tokens.supervisor));
      expect(data.a.nodes).toHaveLength(3);
      expect(data.b.history).toHaveLength(1);
      expect(streamsRead.filter((stream) => stream.includes('cost-')).sort()).toEqual(['cost-1', 'cost-2', 'cost-3'].map((id) => expect.stringContaining(id)));
    } finally {
      eventStore.readStream = readStream;
    }
  });

  it('reads history afresh for each event of a subscription', async () => {
    const socket = await RawSocket.acknowledged(server.url, tokens.supervisor);
    socket.subscribe('live', 'subscription { conversationUpdated(queueId: "q-live") { id h1: history { type } h2: history { type } } }');
    await openConversation(server, tokens.supervisor, 'live-1', 'q-live');
    ok(await server.request('mutation { assignConversation(input: { conversationId: "live-1", agentId: "agent-a" }) { id } }', {}, tokens.supervisor));
    const assigned = await socket.next((m) => m.id === 'live' && m.payload?.data?.conversationUpdated?.h1?.length === 2);
    expect(assigned.payload.data.conversationUpdated.h2.map((entry: { type: string }) => entry.type)).toEqual(['ConversationOpened', 'ConversationAssigned']);
    socket.close();
  });

  it('refuses 11 commands in one mutation over HTTP and writes nothing; 10 run', async () => {
    expect(errorOf(await server.request(ELEVEN_AGENTS, {}, tokens.supervisor))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(ok(await server.request('{ agent(id: "burst-0") { id } }', {}, tokens.supervisor))).toEqual({ agent: null });
    const ten = `mutation { ${aliases(10, (i) => `a${i}: registerAgent(input: { id: "ten-${i}", name: "Ten ${i}", queueIds: ["q1"] }) { id }`)} }`;
    expect(Object.keys(ok(await server.request(ten, {}, tokens.supervisor)))).toHaveLength(10);
  });
});

/** Sends the headers of a POST that announces a body, then one byte of it, and waits for the server to end it. */
function trickle(url: string): Promise<{ answer: string; socket: Socket }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`);
    });
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve({ answer, socket }));
    socket.on('error', reject);
  });
}

/** An upgrade request to `path`: what the server answers, once it has closed the connection. */
function upgrade(url: string, path: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n');
    });
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('anonymous and idle connections (item 6)', () => {
  let server: TestServer;
  let tokens: Tokens;
  beforeAll(async () => {
    server = await TestServer.start({ env: { ...PRODUCTION, HTTP_REQUEST_TIMEOUT_MS: '1000' } });
    tokens = await tokensFor(server);
  });
  afterAll(() => server.stop());

  it.each(['/', '/other', '/graphql-not'])('answers an upgrade to %s with 404 and closes it', async (path) => {
    expect(await upgrade(server.url, path)).toMatch(/^HTTP\/1\.1 404 /);
  });

  it.each([
    ['no token', {}],
    ['a forged token', { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged' }],
  ])('closes a graphql-ws connection_init with %s with 4403', async (_label, params) => {
    const socket = await RawSocket.open(server.url, params);
    expect((await socket.closed).code).toBe(4403);
    expect(socket.messages).toEqual([]);
  });

  it('acknowledges a connection_init with a valid token', async () => {
    const socket = await RawSocket.acknowledged(server.url, tokens.supervisor);
    socket.close();
  });

  it('ends a request whose body trickles in past HTTP_REQUEST_TIMEOUT_MS with 408', async () => {
    const { answer } = await trickle(server.url);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });
});
