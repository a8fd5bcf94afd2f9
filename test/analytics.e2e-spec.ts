import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { ChangeFollower } from '@handoff/projections';
import { CHANGE_FOLLOWER } from '../apps/api/src/infrastructure/tokens';
import { errorOf, ok, openConversation, seed, Tokens, tokensFor, assign, transfer } from './support/fixtures';
import { TestServer } from './support/test-server';

const HOUR_MS = 3_600_000;
const QUEUE_PERFORMANCE = `query($from: DateTime!, $to: DateTime!, $queueIds: [ID!]) { queuePerformance(from: $from, to: $to, queueIds: $queueIds) {
  queueId from to entered answered answeredInTime abandoned serviceLevel avgWaitSeconds maxWaitSeconds offers offersDeclined offersExpired waitBreaches } }`;
const TRANSFER_ANALYTICS = `query($from: DateTime!, $to: DateTime!, $queueId: ID) { transferAnalytics(from: $from, to: $to, queueId: $queueId) {
  from to transfers conversations retransfers returnsToPreviousHolder avgFirstReplyAfterTransferSeconds
  byReason { reason { id name } count } flows { reason { id } fromAgent { id name } toAgent { id name } count } } }`;
const REPLY = 'mutation($id: ID!) { recordActivity(input: { conversationId: $id, kind: AGENT_REPLIED }) { id } }';

describe('queuePerformance and transferAnalytics over HTTP', () => {
  let server: TestServer;
  let tokens: Tokens;
  const range = () => ({ from: new Date(Date.now() - HOUR_MS).toISOString(), to: new Date(Date.now() + HOUR_MS).toISOString() });

  /** Each projection commits on its own: the barrier is both analytics read models showing the log's head. */
  async function projected(): Promise<void> {
    const head = await server.app.get<EventStore>(EVENT_STORE).headPosition();
    const follower = server.app.get<ChangeFollower>(CHANGE_FOLLOWER);
    for (const projection of ['queue-performance', 'transfer-facts']) {
      expect(await follower.waitForPosition(projection, head, 10_000)).toBe(true);
    }
  }

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    // an-1: a → b (billing), b replies, b → a (sales: back to a previous holder), closed. an-2: closed while queued.
    await openConversation(server, tokens.supervisor, 'an-1');
    ok(await assign(server, tokens.supervisor, 'an-1', 'agent-a'));
    ok(await transfer(server, tokens.supervisor, { conversationId: 'an-1', toAgentId: 'agent-b', reasonId: 'billing' }));
    ok(await server.request(REPLY, { id: 'an-1' }, tokens.agentB));
    ok(await transfer(server, tokens.agentB, { conversationId: 'an-1', toAgentId: 'agent-a', reasonId: 'sales' }));
    ok(await server.request('mutation { closeConversation(input: { conversationId: "an-1" }) { id } }', {}, tokens.supervisor));
    await openConversation(server, tokens.supervisor, 'an-2');
    ok(await server.request('mutation { closeConversation(input: { conversationId: "an-2" }) { id } }', {}, tokens.supervisor));
    await projected();
  });
  afterAll(() => server.stop());

  it('answers the worked example: one answered and one abandoned wait, a ping-pong a → b → a', async () => {
    const { from, to } = range();
    const performance = ok<any>(await server.request(QUEUE_PERFORMANCE, { from, to, queueIds: ['q1', 'never-used'] }, tokens.analyst)).queuePerformance;
    const wholeHours = { from: new Date(Math.floor(Date.parse(from) / HOUR_MS) * HOUR_MS).toISOString(), to: new Date(Math.floor(Date.parse(to) / HOUR_MS) * HOUR_MS).toISOString() };
    expect(performance[0]).toMatchObject({
      queueId: 'q1', ...wholeHours, entered: 2, answered: 1, answeredInTime: 1, abandoned: 1, serviceLevel: 0.5, offers: 0, offersDeclined: 0, offersExpired: 0, waitBreaches: 0,
    });
    expect(performance[0].maxWaitSeconds).toBeGreaterThanOrEqual(performance[0].avgWaitSeconds);
    expect(performance[1]).toEqual({
      queueId: 'never-used', ...wholeHours, entered: 0, answered: 0, answeredInTime: 0, abandoned: 0, serviceLevel: null, avgWaitSeconds: null,
      maxWaitSeconds: null, offers: 0, offersDeclined: 0, offersExpired: 0, waitBreaches: 0,
    });
    const every = ok<any>(await server.request(QUEUE_PERFORMANCE, { from, to }, tokens.supervisor)).queuePerformance;
    expect(every.map((row: { queueId: string }) => row.queueId)).toEqual(['q1']);

    const analytics = ok<any>(await server.request(TRANSFER_ANALYTICS, { from, to, queueId: 'q1' }, tokens.admin)).transferAnalytics;
    expect(analytics).toMatchObject({ from, to, transfers: 2, conversations: 1, retransfers: 1, returnsToPreviousHolder: 1 });
    expect(analytics.avgFirstReplyAfterTransferSeconds).toBeGreaterThanOrEqual(0);
    expect(analytics.byReason).toEqual([{ reason: { id: 'billing', name: 'Facturación' }, count: 1 }, { reason: { id: 'sales', name: 'Ventas' }, count: 1 }]);
    expect(analytics.flows).toEqual([
      { reason: { id: 'billing' }, fromAgent: { id: 'agent-a', name: 'Ana' }, toAgent: { id: 'agent-b', name: 'Bruno' }, count: 1 },
      { reason: { id: 'sales' }, fromAgent: { id: 'agent-b', name: 'Bruno' }, toAgent: { id: 'agent-a', name: 'Ana' }, count: 1 },
    ]);
    const otherQueue = ok<any>(await server.request(TRANSFER_ANALYTICS, { from, to, queueId: 'q2' }, tokens.analyst)).transferAnalytics;
    expect(otherQueue).toMatchObject({ transfers: 0, conversations: 0, avgFirstReplyAfterTransferSeconds: null, byReason: [], flows: [] });
  });

  it.each([
    ['queuePerformance', QUEUE_PERFORMANCE],
    ['transferAnalytics', TRANSFER_ANALYTICS],
  ])('%s: UNAUTHENTICATED without a token, FORBIDDEN to AGENT, AUDITOR and INTEGRATION', async (_name, query) => {
    expect(errorOf(await server.request(query, range())).code).toBe('UNAUTHENTICATED');
    for (const token of [tokens.agentA, tokens.auditor, tokens.integration]) {
      expect(errorOf(await server.request(query, range(), token)).code).toBe('FORBIDDEN');
    }
  });

  const tooMany = Array.from({ length: 51 }, (_, i) => `q${i}`);
  it.each([
    ['a time without a zone', { from: '2026-01-01T00:00:00', to: '2026-01-02T00:00:00Z' }, 'from'],
    ['a date that does not exist', { from: '2026-01-01T00:00:00Z', to: '2026-02-30T00:00:00Z' }, 'to'],
    ['hour 24', { from: '2026-01-01T24:00:00Z', to: '2026-02-03T00:00:00Z' }, 'from'],
    ['from equal to to', { from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'from'],
    ['from after to', { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'from'],
    ['more than 366 days', { from: '2025-01-01T00:00:00Z', to: '2026-01-02T00:00:01Z' }, 'to'],
    ['no queue ids', { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z', queueIds: [] }, 'queueIds'],
    ['51 queue ids', { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z', queueIds: tooMany }, 'queueIds'],
    ['a blank queue id', { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z', queueIds: ['q1', ' '] }, 'queueIds.1'],
  ])('queuePerformance refuses %s with BAD_USER_INPUT naming the field', async (_label, variables, field) => {
    expect(errorOf(await server.request(QUEUE_PERFORMANCE, variables, tokens.analyst))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['from after to', { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'from'],
    ['more than 366 days', { from: '2025-01-01T00:00:00Z', to: '2026-01-02T00:00:01Z' }, 'to'],
    ['a queue id too long', { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z', queueId: 'q'.repeat(129) }, 'queueId'],
  ])('transferAnalytics refuses %s with BAD_USER_INPUT naming the field', async (_label, variables, field) => {
    expect(errorOf(await server.request(TRANSFER_ANALYTICS, variables, tokens.analyst))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('accepts exactly 366 days', async () => {
    const response = await server.request(TRANSFER_ANALYTICS, { from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, tokens.analyst);
    expect(ok<any>(response).transferAnalytics.transfers).toBe(0);
  });
});
