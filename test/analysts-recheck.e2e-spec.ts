import { parse } from 'csv-parse/sync';
import { request as httpRequest } from 'node:http';
import { getExport, metric } from './support/exports';
import { assign, errorOf, ok, openConversation, seed, tokensFor, Tokens, transfer } from './support/fixtures';
import { TestServer } from './support/test-server';

const HOUR = 3_600_000;
const hourStart = (ms: number): string => new Date(Math.floor(ms / HOUR) * HOUR).toISOString();
const ndjson = (text: string): any[] => text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
const csv = (text: string): Array<Record<string, string>> => parse(text, { columns: true, bom: false });

const NOTES = ['say "hi", then\nleave', 'ñandú 🦜 — 日本語', '-2+3', '@SUM(A1)', '\tindented', '=1+1 \"x\"'];

function raw(baseUrl: string, method: string, path: string, token: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}` } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.once('error', reject);
    request.end();
  });
}

describe('analysts, re-checked', () => {
  let server: TestServer;
  let tokens: Tokens;
  const from = hourStart(Date.now() - 2 * HOUR);
  const to = hourStart(Date.now() + 2 * HOUR);

  beforeAll(async () => {
    server = await TestServer.start({ env: { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0' } });
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    ok(await server.request(`mutation {
      e: registerAgent(input: { id: "agent-e", name: "=cmd|' /C calc'!A0", queueIds: ["q1"] }) { id }
      r: defineTransferReason(input: { id: "evil", name: "+SUM(1,2)" }) { id }
    }`, {}, tokens.supervisor));
    await openConversation(server, tokens.supervisor, 'c1');
    ok(await assign(server, tokens.supervisor, 'c1', 'agent-a'));
    let holder = 'agent-a';
    for (const [i, note] of NOTES.entries()) {
      const next = holder === 'agent-a' ? 'agent-e' : 'agent-a';
      ok(await transfer(server, tokens.supervisor, { conversationId: 'c1', toAgentId: next, reasonId: i % 2 ? 'evil' : 'billing', note }));
      holder = next;
    }
    await openConversation(server, tokens.supervisor, 'c2');
    ok(await assign(server, tokens.supervisor, 'c2', 'agent-b'));
    ok(await transfer(server, tokens.admin, { conversationId: 'c2', toAgentId: 'agent-c', reasonId: 'sales' }));
  }, 60_000);

  afterAll(() => server?.stop());

  it('keeps every note through CSV (quotes, CRLF, commas, unicode), neutralising formula starts', async () => {
    const rows = csv((await getExport(server.baseUrl, '/export/transfers?conversationId=c1', tokens.analyst)).text).reverse();
    expect(rows.map((row) => row.note)).toEqual(NOTES.map((note) => (/^[=+\-@\t\r]/.test(note) ? `'${note}` : note)));
    expect(rows.filter((row) => row.reasonId === 'evil').map((row) => row.reasonName)).toEqual(["'+SUM(1,2)", "'+SUM(1,2)", "'+SUM(1,2)"]);
  });

  it('neutralises an agent name in the agent-performance CSV', async () => {
    const rows = csv((await getExport(server.baseUrl, `/export/agent-performance?from=${from}&to=${to}&granularity=day`, tokens.analyst)).text);
    const names = rows.filter((row) => row.agentId === 'agent-e').map((row) => row.agentName);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.startsWith("'=")).toBe(true);
  });

  it.each([
    ['conversationId', 'c2'], ['agentId', 'agent-e'], ['fromAgentId', 'agent-a'], ['toAgentId', 'agent-a'],
    ['reasonId', 'evil'], ['actorId', 'admin-1'], ['from', from], ['to', to],
  ])('filters by %s exactly as transferHistory does', async (name, value) => {
    const exported = ndjson((await getExport(server.baseUrl, `/export/transfers?format=ndjson&${name}=${encodeURIComponent(value)}`, tokens.analyst)).text);
    const history = ok<any>(await server.request('query($f: TransferFilter) { transferHistory(filter: $f, first: 200) { nodes { id } } }', { f: { [name]: value } }, tokens.analyst));
    expect(exported.map((row) => row.id)).toEqual(history.transferHistory.nodes.map((node: { id: string }) => node.id));
    expect(exported.length).toBeGreaterThan(0);
  });

  it('answers HEAD with the headers of GET without reading a row, and POST with 404', async () => {
    const pages = (): Promise<number> => metric(server.baseUrl, 'handoff_export_pages_read_total', { export: 'transfers' });
    const before = await pages();
    const head = await raw(server.baseUrl, 'HEAD', '/export/transfers', tokens.analyst);
    expect(head.status).toBe(200);
    expect(head.headers['content-disposition']).toBe('attachment; filename="transfers.csv"');
    expect(head.body).toBe('');
    // A HEAD sends no body: no row is read for it.
    expect(await pages()).toBe(before);
    const post = await raw(server.baseUrl, 'POST', '/export/transfers', tokens.analyst);
    expect(post.status).toBe(404);
  });

  it('refuses a huge query string with a 4xx', async () => {
    const response = await getExport(server.baseUrl, `/export/transfers?conversationId=${'x'.repeat(20_000)}`, tokens.analyst);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('resumes the events export at every position without gaps or duplicates', async () => {
    const all = ndjson((await getExport(server.baseUrl, '/export/events', tokens.auditor)).text);
    for (const [i, event] of all.entries()) {
      const rest = ndjson((await getExport(server.baseUrl, `/export/events?after=${event.position}`, tokens.auditor)).text);
      expect(rest).toEqual(all.slice(i + 1));
    }
  });

  it('accepts 50 queue ids and exactly 366 days; refuses 51 and 366 days + 1 ms', async () => {
    const Q = 'query($from: DateTime!, $to: DateTime!, $q: [ID!]) { queuePerformance(from: $from, to: $to, queueIds: $q) { queueId entered } }';
    const fifty = Array.from({ length: 50 }, (_, i) => `q${i}`);
    const start = '2026-01-01T00:00:00Z';
    expect(ok<any>(await server.request(Q, { from: start, to: '2027-01-02T00:00:00Z', q: fifty }, tokens.analyst)).queuePerformance).toHaveLength(50);
    expect(errorOf(await server.request(Q, { from: start, to: '2027-01-02T00:00:00.001Z' }, tokens.analyst))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(errorOf(await server.request(Q, { from: start, to: '2026-01-02T00:00:00Z', q: [...fifty, 'q50'] }, tokens.analyst))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'queueIds' });
    const BOARD = 'query($at: DateTime!, $q: [ID!]) { queueBoardAt(at: $at, queueIds: $q) { queueId } }';
    expect(ok<any>(await server.request(BOARD, { at: to, q: ['q1', ...fifty.slice(3)] }, tokens.analyst)).queueBoardAt).toEqual([{ queueId: 'q1' }]);
  });

  it('answers a row per asked queue for a range within one hour (both ends rounded down to it), as agentPerformance does', async () => {
    const hour = hourStart(Date.now());
    const within = { from: new Date(Date.parse(hour) + 60_000).toISOString(), to: new Date(Date.parse(hour) + 120_000).toISOString() };
    const agents = ok<any>(await server.request('query($from: DateTime!, $to: DateTime!) { agentPerformance(from: $from, to: $to, agentIds: ["agent-a"]) { from to } }', within, tokens.analyst));
    expect(agents.agentPerformance).toEqual([{ from: hour, to: hour }]);
    const Q = 'query($from: DateTime!, $to: DateTime!) { queuePerformance(from: $from, to: $to, queueIds: ["q1"]) { queueId from to entered serviceLevel } }';
    expect(ok<any>(await server.request(Q, within, tokens.analyst)).queuePerformance).toEqual([{ queueId: 'q1', from: hour, to: hour, entered: 0, serviceLevel: null }]);
  });
});
