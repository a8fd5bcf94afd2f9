import { conversationStream } from '@handoff/domain';
import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../apps/api/src/auth/token-signer';
import { BuiltApi, eventually, freePort, outputOf } from './support/built-api';
import { ok, seed, Tokens, tokensFor } from './support/fixtures';
import { subscribe, TestServer } from './support/test-server';

const BUILD_TIMEOUT_MS = 120_000;

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

/** The value of one Prometheus sample, 0 when the series is not there yet. */
function sample(metrics: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of metrics.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return 0;
}

const openedEvent = (conversationId: string) => ({
  eventId: `ops-${conversationId}`,
  type: 'ConversationOpened',
  data: { conversationId, queueId: 'q1', channel: 'chat' },
  metadata: {
    tenantId: 'acme', actor: { id: 'ops', role: 'SUPERVISOR' as const }, occurredAt: new Date().toISOString(),
    commandId: `ops-${conversationId}`, correlationId: 'ops', causationId: 'ops', schemaVersion: 1,
  },
});

describe('health', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('answers liveness with 200', async () => {
    const { status, body } = await get(`${server.baseUrl}/health/live`);
    expect(status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ status: 'ok' });
  });

  it('is ready when both stores answer and the read models are caught up', async () => {
    const { status, body } = await get(`${server.baseUrl}/health/ready`);
    expect(status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({
      status: 'ok',
      details: { eventStore: { status: 'up' }, readStore: { status: 'up' }, projections: { status: 'up', maxLag: 1000 } },
    });
  });
});

describe('readiness when a projection lags', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({ env: { PROJECTOR: 'off', READY_MAX_LAG: '0' } });
  });
  afterAll(() => server.stop());

  it('answers 503 naming the projections check once the log is ahead of the read models', async () => {
    expect((await get(`${server.baseUrl}/health/ready`)).status).toBe(200);
    const eventStore = server.app.get<EventStore>(EVENT_STORE);
    await eventStore.append(conversationStream('acme', 'lagging-1'), [openedEvent('lagging-1')], 'no_stream');

    const { status, body } = await get(`${server.baseUrl}/health/ready`);
    expect(status).toBe(503);
    const health = JSON.parse(body);
    expect(health.status).toBe('error');
    expect(Object.keys(health.error)).toEqual(['projections']);
    expect(health.error.projections).toMatchObject({ status: 'down', maxLag: 0, lag: { conversations: 1 } });
    expect(health.error.projections.lagging).toContain('conversations');
    expect(health.info).toMatchObject({ eventStore: { status: 'up' }, readStore: { status: 'up' } });
  });
});

describe('metrics', () => {
  let server: TestServer;
  let tokens: Tokens;
  const scrape = async (): Promise<string> => {
    const response = await fetch(`${server.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
  });
  afterAll(() => server.stop());

  it('exposes every series of the api in Prometheus text', async () => {
    const metrics = await scrape();
    for (const name of [
      'handoff_commands_total', 'handoff_command_duration_seconds', 'handoff_events_appended_total', 'handoff_projection_position',
      'handoff_projection_lag', 'handoff_dead_letters', 'handoff_active_subscriptions', 'process_resident_memory_bytes',
    ]) {
      expect(metrics).toContain(`# TYPE ${name} `);
    }
    expect(sample(metrics, 'handoff_commands_total', { type: 'RegisterAgent', outcome: 'ok' })).toBe(3);
    expect(sample(metrics, 'handoff_dead_letters', { projection: 'conversations' })).toBe(0);
  });

  it('counts a command, its latency and its events once a mutation ran', async () => {
    const before = await scrape();
    const open = `mutation { openConversation(input: { conversationId: "m-1", queueId: "q1", channel: "chat", commandId: "m-1-open" }) { id } }`;
    ok(await server.request(open, {}, tokens.supervisor));
    const after = await scrape();

    const labels = { type: 'OpenConversation', outcome: 'ok' };
    expect(sample(after, 'handoff_commands_total', labels) - sample(before, 'handoff_commands_total', labels)).toBe(1);
    expect(sample(after, 'handoff_events_appended_total') - sample(before, 'handoff_events_appended_total')).toBe(1);
    expect(sample(after, 'handoff_command_duration_seconds_count', { type: 'OpenConversation' })).toBe(1);
    expect(sample(after, 'handoff_projection_lag', { projection: 'conversations' })).toBe(0);
    expect(sample(after, 'handoff_projection_position', { projection: 'conversations' })).toBeGreaterThan(
      sample(before, 'handoff_projection_position', { projection: 'conversations' }),
    );
  });

  it('counts a retried command as replayed and a refused one by its error code', async () => {
    const open = `mutation { openConversation(input: { conversationId: "m-2", queueId: "q1", channel: "chat", commandId: "m-2-open" }) { id } }`;
    ok(await server.request(open, {}, tokens.supervisor));
    ok(await server.request(open, {}, tokens.supervisor));
    await server.request(`mutation { unassignConversation(input: { conversationId: "m-2" }) { id } }`, {}, tokens.supervisor);

    const metrics = await scrape();
    expect(sample(metrics, 'handoff_commands_total', { type: 'OpenConversation', outcome: 'replayed' })).toBe(1);
    expect(sample(metrics, 'handoff_commands_total', { type: 'UnassignConversation', outcome: 'INVALID_STATE' })).toBe(1);
  });

  it('shows open subscriptions', async () => {
    const client = server.wsClient(tokens.supervisor);
    const subscription = subscribe(client, `subscription { conversationUpdated(queueId: "q1") { id } }`);
    try {
      await eventually(async () => sample(await scrape(), 'handoff_active_subscriptions') === 1, 5000, 'the subscription to count');
    } finally {
      subscription.stop();
      await client.dispose();
    }
    await eventually(async () => sample(await scrape(), 'handoff_active_subscriptions') === 0, 5000, 'the subscription to end');
  });
});

describe('the built server', () => {
  let api: BuiltApi;
  let dataDir: string;
  beforeAll(() => {
    api = BuiltApi.build();
    dataDir = mkdtempSync(join(tmpdir(), 'handoff-ops-'));
  }, BUILD_TIMEOUT_MS);
  afterAll(() => {
    api?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    [{ EVENT_STORE: 'postgres' }, 'EVENT_STORE must be one of sqlite, eventstoredb, got "postgres"'],
    [{ EVENT_STORE: 'eventstoredb' }, 'EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE=eventstoredb'],
    [{ READ_STORE: 'mongodb' }, 'MONGODB_URL is required when READ_STORE=mongodb'],
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535, got "eighty"'],
  ])('refuses to start on bad configuration %j', async (env, message) => {
    const child = api.spawn({ SQLITE_PATH: join(dataDir, 'refused.db'), ...env }, dataDir);
    const output = outputOf(child);
    expect(await output.exit).toBe(1);
    expect(output.stderr()).toContain(`handoff: invalid configuration: ${message}`);
  });

  it('logs one JSON line per command with who, what and how it ended, and neither tokens nor notes', async () => {
    const port = await freePort();
    const secret = 'ops-test-secret';
    const child = api.spawn({ SQLITE_PATH: join(dataDir, 'logged.db'), PORT: String(port), LOG_LEVEL: 'info', AUTH_JWT_SECRET: secret }, dataDir);
    const output = outputOf(child);
    try {
      const url = `http://127.0.0.1:${port}`;
      await eventually(async () => (await fetch(`${url}/health/live`).catch(() => null))?.status === 200, 20_000, 'the server to listen');
      const token = await signToken(secret, { sub: 'sup-1', tenant: 'acme', roles: ['SUPERVISOR'] });
      const request = async (query: string) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-correlation-id': 'ops-corr-1' },
          body: JSON.stringify({ query }),
        });
        return ok((await response.json()) as { data?: Record<string, unknown> });
      };
      await request(`mutation {
        a: registerAgent(input: { id: "agent-a", name: "Ana", queueIds: ["q1"] }) { id }
        b: registerAgent(input: { id: "agent-b", name: "Bruno", queueIds: ["q1"] }) { id }
        r: defineTransferReason(input: { id: "billing", name: "Billing" }) { id }
      }`);
      await request(`mutation { openConversation(input: { conversationId: "c-1", queueId: "q1", channel: "chat" }) { id } }`);
      await request(`mutation { assignConversation(input: { conversationId: "c-1", agentId: "agent-a" }) { id } }`);
      await request(`mutation { transferConversation(input: {
        conversationId: "c-1", toAgentId: "agent-b", reasonId: "billing", note: "private-note-text", commandId: "transfer-1" }) { id } }`);

      const commandLines = () =>
        output.stdout().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line)).filter((line) => line.command);
      await eventually(() => commandLines().some((line) => line.commandId === 'transfer-1'), 5000, 'the transfer to be logged');

      const transfers = commandLines().filter((line) => line.commandId === 'transfer-1');
      expect(transfers).toHaveLength(1);
      expect(transfers[0]).toMatchObject({
        // The transfer, and on the agents' streams the source's release and the target's take.
        command: 'TransferConversation', correlationId: 'ops-corr-1', tenant: 'acme', actorId: 'sup-1', outcome: 'ok', events: 3,
      });
      expect(typeof transfers[0].durationMs).toBe('number');
      expect(commandLines()).toHaveLength(6);
      expect(output.stdout()).not.toContain(token);
      expect(output.stdout()).not.toContain('private-note-text');
    } finally {
      child.kill('SIGTERM');
      await output.exit;
    }
  });
});
