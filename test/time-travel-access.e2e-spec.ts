import { errorOf, ok, openConversation, seed, Tokens, tokensFor } from './support/fixtures';
import { TestServer } from './support/test-server';

const BOARD_AT = 'query($at: DateTime!, $q: [ID!]) { queueBoardAt(at: $at, queueIds: $q) { queueId queued assigned offered oldestWaitingSince agentsOnline routing overdue } }';
const CONVERSATION_AT = 'query($id: ID!, $at: DateTime!) { conversationAt(id: $id, at: $at) { id status version } }';
const FUTURE = '2100-01-01T00:00:00Z';

describe('queueBoardAt and conversationAt: who may ask, and what', () => {
  let server: TestServer;
  let tokens: Tokens;
  let openedAt: string;

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    await openConversation(server, tokens.supervisor, 'tt-1');
    openedAt = ok<{ conversation: { openedAt: string } }>(await server.request('{ conversation(id: "tt-1") { openedAt } }', {}, tokens.supervisor)).conversation.openedAt;
  });
  afterAll(() => server.stop());

  it.each(['supervisor', 'analyst', 'auditor', 'admin'] as const)('answers the %s', async (role) => {
    expect(ok(await server.request(BOARD_AT, { at: FUTURE }, tokens[role])).queueBoardAt).toEqual(expect.arrayContaining([expect.objectContaining({ queueId: 'q1', queued: 1 })]));
    expect(ok(await server.request(CONVERSATION_AT, { id: 'tt-1', at: FUTURE }, tokens[role])).conversationAt).toMatchObject({ id: 'tt-1', status: 'QUEUED' });
  });

  it.each(['agentA', 'integration'] as const)('refuses the %s', async (role) => {
    expect(errorOf(await server.request(BOARD_AT, { at: FUTURE }, tokens[role]))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await server.request(CONVERSATION_AT, { id: 'tt-1', at: FUTURE }, tokens[role]))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a request without a token', async () => {
    expect(errorOf(await server.request(BOARD_AT, { at: FUTURE }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it.each([
    ['a date-time without a time zone', { at: '2026-01-01T10:00:00' }, 'at'],
    ['no date-time at all', { at: 'yesterday' }, 'at'],
    ['a month 13', { at: '2026-13-01T00:00:00Z' }, 'at'],
    ['no queues', { at: FUTURE, q: [] }, 'queueIds'],
    ['51 queues', { at: FUTURE, q: Array.from({ length: 51 }, (_, i) => `q${i}`) }, 'queueIds'],
    ['a blank queue id', { at: FUTURE, q: ['q1', ' '] }, 'queueIds.1'],
  ])('refuses %s as BAD_USER_INPUT naming it', async (_label, variables, field) => {
    expect(errorOf(await server.request(BOARD_AT, variables, tokens.analyst))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['an empty id', { id: '', at: FUTURE }, 'id'],
    ['an id of 129 characters', { id: 'x'.repeat(129), at: FUTURE }, 'id'],
    ['a date-time without a time zone', { id: 'tt-1', at: '2026-01-01T10:00' }, 'at'],
  ])('refuses, for conversationAt, %s', async (_label, variables, field) => {
    expect(errorOf(await server.request(CONVERSATION_AT, variables, tokens.analyst))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('shows, for an instant still to come, the board as it is now', async () => {
    const live = ok<{ queues: unknown[] }>(await server.request('{ queues { queueId queued assigned offered oldestWaitingSince agentsOnline routing overdue } }', {}, tokens.supervisor)).queues;
    expect(ok(await server.request(BOARD_AT, { at: FUTURE }, tokens.analyst)).queueBoardAt).toEqual(live);
  });

  it('shows only the queues asked for', async () => {
    expect(ok<{ queueBoardAt: Array<{ queueId: string }> }>(await server.request(BOARD_AT, { at: FUTURE, q: ['q1', 'unknown'] }, tokens.analyst)).queueBoardAt.map((q) => q.queueId)).toEqual(['q1']);
  });

  it('answers null for a conversation not opened yet, unknown, or of another tenant', async () => {
    const before = new Date(Date.parse(openedAt) - 1).toISOString();
    expect(ok(await server.request(CONVERSATION_AT, { id: 'tt-1', at: before }, tokens.analyst)).conversationAt).toBeNull();
    expect(ok(await server.request(CONVERSATION_AT, { id: 'tt-1', at: openedAt }, tokens.analyst)).conversationAt).toMatchObject({ status: 'QUEUED', version: 1 });
    expect(ok(await server.request(CONVERSATION_AT, { id: 'no-such', at: FUTURE }, tokens.analyst)).conversationAt).toBeNull();
    const other = await server.token('analyst-2', ['ANALYST'], 'globex');
    expect(ok(await server.request(CONVERSATION_AT, { id: 'tt-1', at: FUTURE }, other)).conversationAt).toBeNull();
    expect(ok(await server.request(BOARD_AT, { at: FUTURE }, other)).queueBoardAt).toEqual([]);
  });
});
