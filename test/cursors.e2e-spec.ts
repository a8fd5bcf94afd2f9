import { assign, errorOf, ok, openConversation, seed, tokensFor, Tokens, transfer } from './support/fixtures';
import { startProductionServer } from './support/production-server';
import { TestServer } from './support/test-server';

const CONVERSATIONS = `query($after: String, $queueId: ID) {
  conversations(first: 1, after: $after, filter: { queueId: $queueId }) { nodes { id } pageInfo { endCursor } } }`;
const HISTORY = `query($after: String) { transferHistory(first: 1, after: $after) { nodes { id } pageInfo { endCursor } } }`;
const base64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

describe('page cursors in production', () => {
  let server: TestServer;
  let tokens: Tokens;
  let conversationsCursor: string;
  let historyCursor: string;

  beforeAll(async () => {
    server = await startProductionServer();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    for (const id of ['c-1', 'c-2', 'c-3']) await openConversation(server, tokens.supervisor, id);
    for (const id of ['c-1', 'c-2']) {
      ok(await assign(server, tokens.supervisor, id, 'agent-a'));
      ok(await transfer(server, tokens.supervisor, { conversationId: id, toAgentId: 'agent-b', reasonId: 'billing' }));
    }
    conversationsCursor = ok<any>(await server.request(CONVERSATIONS, { queueId: 'q1' }, tokens.supervisor)).conversations.pageInfo.endCursor;
    historyCursor = ok<any>(await server.request(HISTORY, {}, tokens.supervisor)).transferHistory.pageInfo.endCursor;
  });
  afterAll(() => server.stop());

  const refusal = async (query: string, variables: Record<string, unknown>, token = tokens.supervisor) => {
    const error = errorOf(await server.request(query, variables, token));
    return { code: error.code, field: error.field };
  };
  const REFUSED = { code: 'BAD_USER_INPUT', field: 'after' };

  it('continues with a cursor it issued, for the same tenant, query and filter', async () => {
    const second = ok<any>(await server.request(CONVERSATIONS, { queueId: 'q1', after: conversationsCursor }, tokens.supervisor));
    expect(second.conversations.nodes).toEqual([{ id: 'c-2' }]);
  });

  it('refuses a hand-made cursor', async () => {
    expect(await refusal(CONVERSATIONS, { after: base64url('c1:["1970-01-01T00:00:00.000Z",""]') })).toEqual(REFUSED);
  });

  it('refuses a cursor whose position was changed', async () => {
    const [, mac] = conversationsCursor.split('.');
    const forged = `${base64url('c1:["1970-01-01T00:00:00.000Z",""]')}.${mac}`;
    expect(await refusal(CONVERSATIONS, { queueId: 'q1', after: forged })).toEqual(REFUSED);
  });

  it('refuses a transferHistory cursor given to conversations, and the other way round', async () => {
    expect(await refusal(CONVERSATIONS, { queueId: 'q1', after: historyCursor })).toEqual(REFUSED);
    expect(await refusal(HISTORY, { after: conversationsCursor })).toEqual(REFUSED);
  });

  it('refuses a cursor of one filter given with another', async () => {
    expect(await refusal(CONVERSATIONS, { queueId: 'q2', after: conversationsCursor })).toEqual(REFUSED);
    expect(await refusal(CONVERSATIONS, { after: conversationsCursor })).toEqual(REFUSED);
  });

  it("refuses another tenant's cursor", async () => {
    const otherTenant = await server.token('sup-9', ['SUPERVISOR'], 'globex');
    expect(await refusal(CONVERSATIONS, { queueId: 'q1', after: conversationsCursor }, otherTenant)).toEqual(REFUSED);
  });

  it('refuses a cursor signed by a server with another key', async () => {
    const other = await startProductionServer({ CURSOR_SECRET: 'another-cursor-key' });
    try {
      const supervisor = await other.token('sup-1', ['SUPERVISOR']);
      const error = errorOf(await other.request(HISTORY, { after: historyCursor }, supervisor));
      expect({ code: error.code, field: error.field }).toEqual(REFUSED);
    } finally {
      await other.stop();
    }
  });
});
