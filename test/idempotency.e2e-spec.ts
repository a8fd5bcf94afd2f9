import { conversationStream } from '@handoff/domain';
import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { errorOf, ok, openConversation, seed, Tokens, tokensFor, transfer } from './support/fixtures';
import { TestServer } from './support/test-server';

/** A commandId is an idempotency key of one tenant and one stream, for one command. */
describe('command ids as idempotency keys', () => {
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

  const open = (token: string, conversationId: string, commandId: string) =>
    server.request(
      `mutation($input: OpenConversationInput!) { openConversation(input: $input) { id status } }`,
      { input: { conversationId, queueId: 'q1', channel: 'chat', commandId } },
      token,
    );
  const assignWith = (conversationId: string, agentId: string, commandId: string, expectedVersion?: number) =>
    server.request(
      `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { id version assignee { id } } }`,
      { input: { conversationId, agentId, commandId, expectedVersion } },
      tokens.supervisor,
    );

  it('refuses a commandId reused for another command on the same conversation, and appends nothing', async () => {
    await openConversation(server, tokens.supervisor, 'reuse-1');
    ok(await assignWith('reuse-1', 'agent-a', 'cmd-reuse-1'));
    const first = { conversationId: 'reuse-1', toAgentId: 'agent-b', reasonId: 'sales', commandId: 'cmd-reuse-1b' };
    ok(await transfer(server, tokens.supervisor, first));
    const before = await eventStore.readStream(conversationStream('acme', 'reuse-1'));

    const reused = await transfer(server, tokens.supervisor, { ...first, toAgentId: 'agent-c', reasonId: 'billing' });
    expect(errorOf(reused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commandId' });
    expect(errorOf(reused).message).toContain('already used for another command');
    expect(await eventStore.readStream(conversationStream('acme', 'reuse-1'))).toEqual(before);
  });

  it('answers a retry of the same command as the original, with or without expectedVersion', async () => {
    await openConversation(server, tokens.supervisor, 'reuse-2');
    const first = ok(await assignWith('reuse-2', 'agent-a', 'cmd-reuse-2', 1));
    expect(ok(await assignWith('reuse-2', 'agent-a', 'cmd-reuse-2'))).toEqual(first);
    expect(await eventStore.readStream(conversationStream('acme', 'reuse-2'))).toHaveLength(2);
  });

  it('lets two tenants use the same commandId for the same conversation id', async () => {
    const other = await tokensFor(server, 'globex');
    expect(ok(await open(tokens.supervisor, 'shared-1', 'cmd-shared-1'))).toMatchObject({ openConversation: { id: 'shared-1' } });
    expect(ok(await open(other.supervisor, 'shared-1', 'cmd-shared-1'))).toMatchObject({ openConversation: { id: 'shared-1' } });
    const [acme] = await eventStore.readStream(conversationStream('acme', 'shared-1'));
    const [globex] = await eventStore.readStream(conversationStream('globex', 'shared-1'));
    expect(globex.metadata.tenantId).toBe('globex');
    expect(globex.eventId).not.toBe(acme.eventId);
  });
});
