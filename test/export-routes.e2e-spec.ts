import { parse } from 'csv-parse/sync';
import { getExport } from './support/exports';
import { assign, ok, openConversation, seed, tokensFor, Tokens, transfer } from './support/fixtures';
import { TestServer } from './support/test-server';

const HOUR = 3_600_000;
const hourStart = (ms: number): string => new Date(Math.floor(ms / HOUR) * HOUR).toISOString();
const ndjson = (text: string): any[] => text.split('\n').filter(Boolean).map((line) => JSON.parse(line));

describe('export routes', () => {
  let server: TestServer;
  let tokens: Tokens;
  const from = hourStart(Date.now() - 2 * HOUR);
  const to = hourStart(Date.now() + 2 * HOUR);

  beforeAll(async () => {
    server = await TestServer.start({ env: { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0' } });
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    for (const id of ['c1', 'c2']) await openConversation(server, tokens.supervisor, id);
    ok(await assign(server, tokens.supervisor, 'c1', 'agent-a'));
    ok(await transfer(server, tokens.supervisor, { conversationId: 'c1', toAgentId: 'agent-b', reasonId: 'billing', note: 'first' }));
    ok(await transfer(server, tokens.supervisor, { conversationId: 'c1', toAgentId: 'agent-a', reasonId: 'sales' }));
    ok(await assign(server, tokens.supervisor, 'c2', 'agent-b'));
    const other = await server.token('sup-9', ['SUPERVISOR'], 'other');
    await openConversation(server, other, 'c-of-another-tenant');
  }, 60_000);

  afterAll(() => server?.stop());

  const ROUTES = {
    transfers: `/export/transfers?from=${from}&to=${to}`,
    'agent-performance': `/export/agent-performance?from=${from}&to=${to}`,
    'queue-performance': `/export/queue-performance?from=${from}&to=${to}`,
    events: '/export/events',
  } as const;

  describe.each(Object.entries(ROUTES))('%s', (name, path) => {
    it('answers 401 without a token and with a forged one', async () => {
      for (const token of [undefined, 'not-a-jwt']) {
        const response = await getExport(server.baseUrl, path, token);
        expect(response.status).toBe(401);
        expect(JSON.parse(response.text)).toMatchObject({ error: 'UNAUTHENTICATED' });
      }
    });

    it('answers 403 to the roles DESIGN.md does not name, and 200 to those it does', async () => {
      const allowed = name === 'events' ? ['auditor', 'admin'] : ['supervisor', 'analyst', 'admin'];
      for (const role of ['agentA', 'integration', 'supervisor', 'analyst', 'auditor', 'admin'] as const) {
        const response = await getExport(server.baseUrl, path, tokens[role]);
        expect([role, response.status]).toEqual([role, allowed.includes(role) ? 200 : 403]);
        if (response.status === 403) expect(JSON.parse(response.text)).toMatchObject({ error: 'FORBIDDEN' });
      }
    });
  });

  it.each([
    ['transfers', 'from=yesterday', 'from'],
    ['transfers', `from=${to}&to=${from}`, 'from'],
    ['transfers', 'from=2025-01-01T00:00:00Z&to=2026-01-03T00:00:00Z', 'to'],
    ['transfers', `agentId=${'x'.repeat(129)}`, 'agentId'],
    ['transfers', 'reasonId=%20', 'reasonId'],
    ['transfers', 'form=2026-01-01T00:00:00Z', 'form'],
    ['transfers', 'format=xml', 'format'],
    ['transfers', `from=${from}&from=${from}`, 'from'],
    ['agent-performance', `to=${to}`, 'from'],
    ['agent-performance', `from=${from}&to=${to}&granularity=week`, 'granularity'],
    ['agent-performance', 'from=2025-01-01T00:00:00Z&to=2026-01-03T00:00:00Z', 'to'],
    ['agent-performance', 'from=2026-01-01T00:00:00&to=2026-01-02T00:00:00Z', 'from'],
    ['queue-performance', `from=${from}&to=${to}&queueIds=${Array.from({ length: 51 }, (_, i) => `q${i}`).join(',')}`, 'queueIds'],
    ['queue-performance', `from=${from}&to=${to}&granularity=month`, 'granularity'],
    ['queue-performance', `from=${to}&to=${from}`, 'from'],
    ['events', 'after=abc', 'after'],
    ['events', 'after=-1', 'after'],
    ['events', 'format=csv', 'format'],
    ['events', 'types=ConversationOpened,,', 'types'],
  ])('%s?%s answers 400 naming %s', async (name, query, parameter) => {
    const response = await getExport(server.baseUrl, `/export/${name}?${query}`, tokens.admin);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toEqual({ error: 'BAD_USER_INPUT', parameter, message: expect.stringContaining(parameter) });
  });

  it("exports only the caller's tenant's transfers", async () => {
    const own = parse((await getExport(server.baseUrl, '/export/transfers', tokens.analyst)).text, { columns: true });
    const other = await getExport(server.baseUrl, '/export/transfers', await server.token('analyst-9', ['ANALYST'], 'other'));
    expect(own).toHaveLength(2);
    expect(other.headers.get('x-export-rows')).toBe('0');
    expect(other.text).toBe('id,at,conversationId,fromAgentId,toAgentId,reasonId,reasonName,note,actorId,actorRole,position\r\n');
  });

  it('answers 404 for an export that does not exist', async () => {
    expect((await getExport(server.baseUrl, '/export/secrets', tokens.admin)).status).toBe(404);
  });

  it('exports agent performance per hour and per day with the figures agentPerformance gives for the same range', async () => {
    for (const granularity of ['hour', 'day']) {
      const response = await getExport(server.baseUrl, `/export/agent-performance?from=${from}&to=${to}&granularity=${granularity}`, tokens.analyst);
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="agent-performance-${granularity}-\\d{8}T\\d{6}Z-\\d{8}T\\d{6}Z\\.csv"$`));
      const rows = parse(response.text, { columns: true }) as Record<string, string>[];
      expect(rows.map((row) => row.agentId).sort()).toEqual(granularity === 'hour' ? expect.arrayContaining(['agent-a', 'agent-b']) : ['agent-a', 'agent-b']);
      for (const row of rows) {
        const { agentPerformance } = ok<any>(await server.request(
          `query($from: DateTime!, $to: DateTime!, $ids: [ID!]) { agentPerformance(from: $from, to: $to, agentIds: $ids) {
            agent { id name } from to assignments transfersIn transfersOut unassignments closed avgHandleSeconds avgWaitSeconds transferRate
            transfersOutByReason { reason { id } count } } }`,
          { from: row.from, to: row.to, ids: [row.agentId] }, tokens.analyst,
        ));
        const [expected] = agentPerformance;
        const number = (value: string): number | null => (value === '' ? null : Number(value));
        expect({
          agentId: row.agentId, agentName: row.agentName, from: row.from, to: row.to, assignments: Number(row.assignments), transfersIn: Number(row.transfersIn),
          transfersOut: Number(row.transfersOut), unassignments: Number(row.unassignments), closed: Number(row.closed),
          avgHandleSeconds: number(row.avgHandleSeconds), avgWaitSeconds: number(row.avgWaitSeconds), transferRate: number(row.transferRate),
          byReason: JSON.parse(row.transfersOutByReason),
        }).toEqual({
          agentId: expected.agent.id, agentName: expected.agent.name, from: expected.from, to: expected.to, assignments: expected.assignments,
          transfersIn: expected.transfersIn, transfersOut: expected.transfersOut, unassignments: expected.unassignments, closed: expected.closed,
          avgHandleSeconds: expected.avgHandleSeconds, avgWaitSeconds: expected.avgWaitSeconds, transferRate: expected.transferRate,
          byReason: Object.fromEntries(expected.transfersOutByReason.map((r: any) => [r.reason.id, r.count])),
        });
      }
      expect(rows.reduce((sum, row) => sum + Number(row.transfersOut), 0)).toBe(2);
    }
  });

  it('exports queue performance per hour and per day with the figures queuePerformance gives for the same range', async () => {
    const FIGURES = 'entered answered answeredInTime abandoned serviceLevel avgWaitSeconds maxWaitSeconds offers offersDeclined offersExpired waitBreaches';
    for (const granularity of ['hour', 'day']) {
      const response = await getExport(server.baseUrl, `/export/queue-performance?from=${from}&to=${to}&granularity=${granularity}&queueIds=q1`, tokens.supervisor);
      expect(response.status).toBe(200);
      const rows = parse(response.text, { columns: true }) as Record<string, string>[];
      expect(rows.length).toBeGreaterThan(0);
      expect(response.headers.get('x-export-rows')).toBe(String(rows.length));
      for (const row of rows) {
        const { queuePerformance } = ok<any>(await server.request(
          `query($from: DateTime!, $to: DateTime!) { queuePerformance(from: $from, to: $to, queueIds: ["q1"]) { queueId from to ${FIGURES} } }`,
          { from: row.from, to: row.to }, tokens.analyst,
        ));
        const exported = Object.fromEntries(Object.entries(row).map(([key, value]) => [key, ['queueId', 'from', 'to'].includes(key) ? value : value === '' ? null : Number(value)]));
        expect(exported).toEqual(queuePerformance[0]);
      }
      expect(rows.reduce((sum, row) => sum + Number(row.entered), 0)).toBe(2);
      expect(rows.reduce((sum, row) => sum + Number(row.answered), 0)).toBe(2);
    }
  });

  it("exports the tenant's log in order as NDJSON, only its own events, resumable after the last position seen", async () => {
    const all = await getExport(server.baseUrl, '/export/events', tokens.auditor);
    expect(all.headers.get('content-type')).toBe('application/x-ndjson');
    expect(all.headers.get('content-disposition')).toBe('attachment; filename="events-after-0.ndjson"');
    const events = ndjson(all.text);
    expect(events.length).toBeGreaterThan(8);
    expect(events.every((event) => event.metadata.tenantId === 'acme')).toBe(true);
    expect(events.some((event) => event.stream.includes('c-of-another-tenant'))).toBe(false);
    expect(Object.keys(events[0])).toEqual(['position', 'eventId', 'stream', 'streamVersion', 'type', 'data', 'metadata']);
    const positions = events.map((event) => BigInt(event.position));
    expect(positions.every((position, i) => i === 0 || position > positions[i - 1])).toBe(true);
    const transferred = events.find((event) => event.type === 'ConversationTransferred');
    expect(transferred.data).toMatchObject({ conversationId: 'c1', fromAgentId: 'agent-a', toAgentId: 'agent-b', reasonId: 'billing', note: 'first' });

    const seen = 5;
    const resumed = ndjson((await getExport(server.baseUrl, `/export/events?after=${events[seen - 1].position}`, tokens.auditor)).text);
    expect(resumed).toEqual(events.slice(seen));
    const transfers = ndjson((await getExport(server.baseUrl, '/export/events?types=ConversationTransferred,ConversationClosed', tokens.admin)).text);
    expect(transfers).toEqual(events.filter((event) => ['ConversationTransferred', 'ConversationClosed'].includes(event.type)));
    expect(transfers).toHaveLength(2);
  });
});
