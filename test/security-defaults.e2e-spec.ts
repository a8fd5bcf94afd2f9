import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './support/built-api';
import { errorOf, ok, seed, tokensFor } from './support/fixtures';
import { RawSocket } from './support/raw-socket';
import { TestServer } from './support/test-server';

/** Production mode with a real secret, as the attacks were run. */
const PRODUCTION = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'security-defaults-e2e-secret-7d41be02' };

async function get(url: string, authorization?: string): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(url, { headers: authorization ? { authorization } : {} });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe('production defaults (item 10)', () => {
  let server: TestServer;
  let consoleDist: string;
  let supervisor: string;
  beforeAll(async () => {
    consoleDist = mkdtempSync(join(tmpdir(), 'handoff-console-'));
    mkdirSync(join(consoleDist, 'assets'));
    writeFileSync(join(consoleDist, 'index.html'), '<!doctype html>');
    writeFileSync(join(consoleDist, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(consoleDist, 'assets', 'app.js.map'), '{"sources":["secret.tsx"]}');
    process.env.CONSOLE_DIST = consoleDist;
    server = await TestServer.start({ env: PRODUCTION });
    supervisor = await server.token('sup-1', ['SUPERVISOR']);
    await seed(server, supervisor);
  });
  afterAll(async () => {
    delete process.env.CONSOLE_DIST;
    await server.stop();
    rmSync(consoleDist, { recursive: true, force: true });
  });

  it('refuses introspection, over HTTP and graphql-ws', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect(errorOf(await server.request(query, {}, supervisor))).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', message: expect.stringMatching(/introspection/i) });
    const socket = await RawSocket.acknowledged(server.url, supervisor);
    socket.subscribe('schema', query);
    expect(errorOf(await socket.answerTo('schema')).message).toMatch(/introspection/i);
    socket.close();
  });

  it('suggests no field names, over HTTP and graphql-ws', async () => {
    const query = '{ conversatoin(id: "x") { id } }';
    const overHttp = errorOf(await server.request(query, {}, supervisor)).message;
    expect(overHttp).toMatch(/Cannot query field "conversatoin"/);
    expect(overHttp).not.toMatch(/Did you mean/);
    const socket = await RawSocket.acknowledged(server.url, supervisor);
    socket.subscribe('typo', query);
    expect(errorOf(await socket.answerTo('typo')).message).not.toMatch(/Did you mean/);
    socket.close();
  });

  it('sends no X-Powered-By', async () => {
    expect((await get(`${server.baseUrl}/health/live`)).headers.has('x-powered-by')).toBe(false);
    expect((await get(`${server.baseUrl}/console/`)).headers.has('x-powered-by')).toBe(false);
  });

  it.each(['assets/app.js.map', 'assets/app.js%2Emap'])('serves no source map (%s), while serving the console', async (path) => {
    expect((await get(`${server.baseUrl}/console/assets/app.js`)).status).toBe(200);
    expect((await get(`${server.baseUrl}/console/${path}`)).status).toBe(404);
  });

  it('keeps /metrics off the public port and answers readiness with a bare status', async () => {
    expect((await get(`${server.baseUrl}/metrics`)).status).toBe(404);
    const ready = await get(`${server.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: 'ok' });
    expect((await get(`${server.baseUrl}/health/live`)).status).toBe(200);
  });

  it('refuses 300 aliased mutations and writes nothing', async () => {
    const mutations = Array.from({ length: 300 }, (_, i) => `a${i}: registerAgent(input: { id: "alias-${i}", name: "A", queueIds: ["q1"] }) { id }`);
    expect(errorOf(await server.request(`mutation { ${mutations.join(' ')} }`, {}, supervisor))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(ok<any>(await server.request('{ agents { id } }', {}, supervisor)).agents.map((agent: { id: string }) => agent.id).sort()).toEqual(['agent-a', 'agent-b', 'agent-c']);
  });
});

describe('metrics behind METRICS_TOKEN (item 10)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({ env: { ...PRODUCTION, METRICS_TOKEN: 'scraper-secret' } });
  });
  afterAll(() => server.stop());

  it('answers /metrics 401 without the token and 200 with it', async () => {
    expect((await get(`${server.baseUrl}/metrics`)).status).toBe(401);
    expect((await get(`${server.baseUrl}/metrics`, 'Bearer wrong')).status).toBe(401);
    const scraped = await get(`${server.baseUrl}/metrics`, 'Bearer scraper-secret');
    expect(scraped.status).toBe(200);
    expect(scraped.body).toContain('# TYPE handoff_commands_total ');
  });

  it('shows the readiness details to the token only', async () => {
    expect(JSON.parse((await get(`${server.baseUrl}/health/ready`)).body)).toEqual({ status: 'ok' });
    const detailed = JSON.parse((await get(`${server.baseUrl}/health/ready`, 'Bearer scraper-secret')).body);
    expect(detailed).toMatchObject({ status: 'ok', details: { eventStore: { status: 'up' }, projections: { status: 'up' } } });
  });
});

describe('metrics on MANAGEMENT_PORT (item 10)', () => {
  let server: TestServer;
  let management: string;
  beforeAll(async () => {
    const port = await freePort();
    management = `http://127.0.0.1:${port}`;
    server = await TestServer.start({ env: { ...PRODUCTION, MANAGEMENT_PORT: String(port), METRICS_TOKEN: 'ignored-here' } });
  });
  afterAll(() => server.stop());

  it('serves /metrics and the detailed readiness there only', async () => {
    expect((await get(`${server.baseUrl}/metrics`, 'Bearer ignored-here')).status).toBe(404);
    expect(JSON.parse((await get(`${server.baseUrl}/health/ready`, 'Bearer ignored-here')).body)).toEqual({ status: 'ok' });
    const scraped = await get(`${management}/metrics`);
    expect(scraped.status).toBe(200);
    expect(scraped.body).toContain('# TYPE handoff_projection_lag ');
    expect(JSON.parse((await get(`${management}/health/ready`)).body)).toMatchObject({ status: 'ok', details: { readStore: { status: 'up' } } });
  });
});

describe('rate limits (item 10)', () => {
  it('answers 429 with Retry-After past RATE_LIMIT_PER_MINUTE for a token, over HTTP and graphql-ws, writing nothing', async () => {
    const server = await TestServer.start({ env: { ...PRODUCTION, RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0' } });
    try {
      const tokens = await tokensFor(server);
      for (let i = 0; i < 3; i++) ok(await server.request('{ queues { queueId } }', {}, tokens.supervisor));
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.supervisor}` },
        body: JSON.stringify({ query: 'mutation { openConversation(input: { conversationId: "rl-1", queueId: "q1", channel: "chat" }) { id } }' }),
      });
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(errorOf((await response.json()) as never).code).toBe('RATE_LIMITED');

      const socket = await RawSocket.acknowledged(server.url, tokens.supervisor);
      socket.subscribe('limited', '{ queues { queueId } }');
      expect(errorOf(await socket.answerTo('limited')).code).toBe('RATE_LIMITED');
      socket.close();

      expect(ok(await server.request('{ conversation(id: "rl-1") { id } }', {}, tokens.admin))).toEqual({ conversation: null });
    } finally {
      await server.stop();
    }
  });

  it('answers 429 past RATE_LIMIT_PER_ADDRESS_PER_MINUTE for anonymous requests, health checks exempt', async () => {
    const server = await TestServer.start({ env: { ...PRODUCTION, RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '5' } });
    try {
      for (let i = 0; i < 5; i++) expect((await get(`${server.baseUrl}/console/`)).status).not.toBe(429);
      const refused = await get(`${server.baseUrl}/console/`);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await get(`${server.baseUrl}/health/live`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
