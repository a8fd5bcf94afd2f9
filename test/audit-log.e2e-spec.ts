import Database from 'better-sqlite3';
import { join } from 'node:path';
import { assign, errorOf, ok, openConversation, seed, Tokens, tokensFor, transfer } from './support/fixtures';
import { configureQueue, onlineAgents } from './support/routing-fixtures';
import { TestServer } from './support/test-server';

const NOTE = 'Pide factura A; CUIT 20-12345678-9';
const ENTRY = 'eventId type at actor { id role } data commandId correlationId causationId position streamVersion stream hash previousHash';
const AUDIT_LOG = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) { nodes { ${ENTRY} } pageInfo { hasNextPage endCursor } } }`;

interface Stored {
  position: string;
  stream: string;
  type: string;
  data: Record<string, unknown>;
  metadata: { tenantId: string; actor: { id: string; role: string }; occurredAt: string; correlationId: string };
}

type Filter = Record<string, unknown>;

/** The log as stored, newest first, read from the file beside the server: what the audit index must agree with. */
function storedLog(server: TestServer, tenant: string): Stored[] {
  const db = new Database(join(server.dataDir, 'handoff.db'), { readonly: true });
  try {
    const rows = db.prepare('SELECT position, stream, type, data, metadata FROM events ORDER BY position DESC').all() as Array<Record<string, string | number>>;
    return rows
      .map((row) => ({ position: String(row.position), stream: String(row.stream), type: String(row.type), data: JSON.parse(String(row.data)), metadata: JSON.parse(String(row.metadata)) }))
      .filter((event) => event.metadata.tenantId === tenant);
  } finally {
    db.close();
  }
}

/** The filter's meaning, written out again over the stored events. */
function matches(event: Stored, filter: Filter, tenant: string): boolean {
  const { actor } = event.metadata;
  const conversationOf = (id: string) => event.stream === `conversation-${tenant}.${id}` || event.data.conversationId === id;
  const concernsAgent = (id: string) =>
    event.stream === `agent-${tenant}.${id}` || [event.data.agentId, event.data.fromAgentId, event.data.toAgentId].includes(id) || (actor.role === 'AGENT' && actor.id === id);
  return (
    (filter.actorId === undefined || actor.id === (filter.actorId === 'SYSTEM' ? 'system' : filter.actorId)) &&
    (filter.conversationId === undefined || conversationOf(String(filter.conversationId))) &&
    (filter.agentId === undefined || concernsAgent(String(filter.agentId))) &&
    (filter.types === undefined || (filter.types as string[]).includes(event.type)) &&
    (filter.correlationId === undefined || event.metadata.correlationId === filter.correlationId) &&
    (filter.from === undefined || event.metadata.occurredAt >= String(filter.from)) &&
    (filter.to === undefined || event.metadata.occurredAt < String(filter.to))
  );
}

describe('auditLog over real HTTP', () => {
  let server: TestServer;
  let tokens: Tokens;
  let transferCorrelation: string;

  async function allPages(token: string, filter: Filter, first = 4, between?: () => Promise<void>): Promise<any[]> {
    const nodes: any[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok<any>(await server.request(AUDIT_LOG, { filter, first, after }, token)).auditLog;
      expect(page.nodes.length).toBeLessThanOrEqual(first);
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
      await between?.();
    }
  }

  /** The audit index is a read model: wait (bounded) until it shows the newest event of the log. */
  async function indexed(tenant = 'acme'): Promise<void> {
    const token = await server.token('auditor-1', ['AUDITOR'], tenant);
    const newest = storedLog(server, tenant)[0]?.position;
    for (let attempt = 0; attempt < 200; attempt++) {
      const [top] = ok<any>(await server.request(AUDIT_LOG, { first: 1 }, token)).auditLog.nodes;
      if (top?.position === newest) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the audit index did not catch up with the log');
  }

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    await openConversation(server, tokens.supervisor, 'c1');
    ok(await assign(server, tokens.supervisor, 'c1', 'agent-a'));
    ok(await transfer(server, tokens.agentA, { conversationId: 'c1', toAgentId: 'agent-b', reasonId: 'billing', note: NOTE }));
    ok(await server.request('mutation { unassignConversation(input: { conversationId: "c1", note: "llamar mañana" }) { id } }', {}, tokens.agentB));
    await openConversation(server, tokens.supervisor, 'c2');
    ok(await assign(server, tokens.agentA, 'c2', 'agent-a'));
    ok(await server.request('mutation { closeConversation(input: { conversationId: "c2" }) { id } }', {}, tokens.agentA));
    // AUTO routing: handoff itself offers the conversation (actor SYSTEM).
    await configureQueue(server, tokens.supervisor, { queueId: 'q-auto', routing: 'AUTO', offerTimeoutSeconds: 600 });
    await onlineAgents(server, tokens.supervisor, ['q-auto'], ['agent-r']);
    await openConversation(server, tokens.supervisor, 'c3', 'q-auto');
    for (let attempt = 0; attempt < 200 && !storedLog(server, 'acme').some((e) => e.type === 'ConversationOffered'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const globexSupervisor = await server.token('sup-g', ['SUPERVISOR'], 'globex');
    await seed(server, globexSupervisor);
    await openConversation(server, globexSupervisor, 'c1');
    await indexed('acme');
    await indexed('globex');
    transferCorrelation = storedLog(server, 'acme').find((e) => e.type === 'ConversationTransferred')!.metadata.correlationId;
  }, 60_000);
  afterAll(() => server.stop());

  it('answers each filter with exactly the events an independent reading of the log selects, newest first', async () => {
    const log = storedLog(server, 'acme');
    const at = log.map((event) => event.metadata.occurredAt).sort();
    const filters: Filter[] = [
      {},
      { actorId: 'agent-a' },
      { actorId: 'SYSTEM' },
      { conversationId: 'c1' },
      { agentId: 'agent-a' },
      { agentId: 'agent-b' },
      { agentId: 'agent-r' },
      { types: ['ConversationTransferred'] },
      { types: ['ConversationAssigned', 'ConversationClosed'] },
      { correlationId: transferCorrelation },
      { from: at[5], to: at[at.length - 3] },
      { agentId: 'agent-a', types: ['ConversationAssigned'], conversationId: 'c2' },
    ];
    for (const filter of filters) {
      const expected = log.filter((event) => matches(event, filter, 'acme')).map((event) => event.position);
      const got = (await allPages(tokens.auditor, filter)).map((node) => node.position);
      expect({ filter, got }).toEqual({ filter, got: expected });
    }
    expect(log.filter((event) => matches(event, { actorId: 'SYSTEM' }, 'acme')).length).toBeGreaterThan(0);
  });

  it('reads an entry as auditTrail does: from the log, note, stream and hash chain included', async () => {
    const [entry] = (await allPages(tokens.auditor, { types: ['ConversationTransferred'] })) as any[];
    const trail = ok<any>(await server.request(`{ auditTrail(conversationId: "c1") { ${ENTRY} } }`, {}, tokens.auditor)).auditTrail;
    expect(trail.find((e: any) => e.eventId === entry.eventId)).toEqual(entry);
    expect(JSON.parse(entry.data).note).toBe(NOTE);
    expect(entry).toMatchObject({ stream: 'conversation-acme.c1', streamVersion: 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(entry.previousHash).toBe(trail[1].hash);
    expect(trail[0].previousHash).toBeNull();
  });

  it('pages without gaps or repeats while new events arrive', async () => {
    const before = storedLog(server, 'acme').map((event) => event.position);
    let opened = 0;
    const got = await allPages(tokens.admin, {}, 3, async () => {
      await openConversation(server, tokens.supervisor, `late-${++opened}`);
      await indexed('acme');
    });
    expect(opened).toBeGreaterThan(2);
    expect(got.map((node) => node.position)).toEqual(before);
  });

  it('shows another tenant nothing of this one', async () => {
    const globex = await server.token('auditor-g', ['AUDITOR'], 'globex');
    const streams = (await allPages(globex, {}, 50)).map((node) => node.stream);
    expect(streams.length).toBeGreaterThan(0);
    expect(streams.every((stream: string) => stream.includes('-globex.'))).toBe(true);
    expect(await allPages(globex, { agentId: 'agent-r' })).toEqual([]);
  });

  it('answers AUDITOR and ADMIN, and refuses every other role', async () => {
    for (const token of [tokens.auditor, tokens.admin]) expect(ok<any>(await server.request(AUDIT_LOG, { first: 1 }, token)).auditLog.nodes).toHaveLength(1);
    for (const token of [tokens.agentA, tokens.supervisor, tokens.analyst, tokens.integration]) {
      expect(errorOf(await server.request(AUDIT_LOG, { first: 1 }, token)).code).toBe('FORBIDDEN');
    }
  });

  it('refuses bad input naming the field: page size, cursors not issued for this filter, times, ids', async () => {
    const refusal = async (variables: Record<string, unknown>) => errorOf(await server.request(AUDIT_LOG, variables, tokens.auditor));
    const cursor = ok<any>(await server.request(AUDIT_LOG, { first: 1, filter: { actorId: 'agent-a' } }, tokens.auditor)).auditLog.pageInfo.endCursor;
    expect(await refusal({ first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refusal({ first: 201 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refusal({ after: 'nonsense' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await refusal({ after: cursor, filter: { actorId: 'agent-b' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await refusal({ filter: { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    expect(await refusal({ filter: { from: '2026-01-02' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    expect(await refusal({ filter: { agentId: ' ' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.agentId' });
    expect(await refusal({ filter: { types: [] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.types' });
  });
});
