import { EVENT_STORE, EventStore, personalDataLayerOf } from '@handoff/event-store';
import { openEventStore, openReadStore } from '@handoff/platform';
import { ALL_PROJECTIONS, Projector } from '@handoff/projections';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { getExport } from './support/exports';
import { assign, errorOf, ok, seed, Tokens, tokensFor } from './support/fixtures';
import { configureQueue, onlineAgents } from './support/routing-fixtures';
import { untilSubscriptions } from './support/live-subscriptions';
import { subscribe, TestServer } from './support/test-server';

const FORGET = 'mutation($id: ID!) { forgetContact(contactId: $id) { contactId conversations } }';
const OPEN = 'mutation($input: OpenConversationInput!) { openConversation(input: $input) { id } }';
const TRANSFER = 'mutation($id: ID!, $to: ID!, $note: String) { transferConversation(input: { conversationId: $id, toAgentId: $to, reasonId: "billing", note: $note }) { id } }';
const TRAIL = 'query($id: ID!) { auditTrail(conversationId: $id) { type data } }';
const CONVERSATION = 'query($id: ID!) { conversation(id: $id) { personalDataErased contact { name } lastTransfer { note } } }';

type Answer = Record<string, any>;

async function open(server: TestServer, token: string, id: string, contact: { id?: string; name: string }): Promise<void> {
  ok(await server.request(OPEN, { input: { conversationId: id, queueId: 'q1', channel: 'whatsapp', contact } }, token));
}

describe('auditors re-check (erasure against concurrent writes, later conversations, routing chains)', () => {
  let server: TestServer;
  let tokens: Tokens;

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
  }, 60_000);
  afterAll(() => server?.stop());

  it('leaves no note readable in the log that was written while forgetContact ran (between the key destruction and the erasure event)', async () => {
    const racingNote = 'sentinel-racing-note-3317';
    await open(server, tokens.supervisor, 'r1', { id: 'contact-race', name: 'Rita Race' });
    ok(await assign(server, tokens.supervisor, 'r1', 'agent-a'));
    const layer = personalDataLayerOf(server.app.get<EventStore>(EVENT_STORE))!;
    const destroy = layer.keys.destroy.bind(layer.keys);
    let raced = false;
    // A transfer that lands right after the keys were destroyed, before forgetContact appends its erasure events.
    layer.keys.destroy = async (tenantId: string, subject: string) => {
      const linked = await destroy(tenantId, subject);
      if (!raced) {
        raced = true;
        ok(await server.request(TRANSFER, { id: 'r1', to: 'agent-b', note: racingNote }, tokens.supervisor));
      }
      return linked;
    };
    try {
      ok(await server.request(FORGET, { id: 'contact-race' }, tokens.admin));
    } finally {
      layer.keys.destroy = destroy;
    }
    expect(raced).toBe(true);
    const trail = ok<Answer>(await server.request(TRAIL, { id: 'r1' }, tokens.auditor)).auditTrail;
    expect(trail.map((entry: Answer) => entry.type)).toContain('ConversationTransferred');
    expect(JSON.stringify(trail)).not.toContain(racingNote);
    const events = await getExport(server.baseUrl, '/export/events', tokens.admin);
    expect(events.text).not.toContain(racingNote);
    expect(ok<Answer>(await server.request(CONVERSATION, { id: 'r1' }, tokens.admin)).conversation).toMatchObject({ personalDataErased: true, lastTransfer: { note: null } });
  });

  it('reads a conversation opened for a forgotten contact afterwards, and erases it too when asked again', async () => {
    await open(server, tokens.supervisor, 'f1', { id: 'contact-again', name: 'Flora First' });
    ok(await server.request(FORGET, { id: 'contact-again' }, tokens.admin));
    await open(server, tokens.supervisor, 'f2', { id: 'contact-again', name: 'Flora Second' });
    ok(await assign(server, tokens.supervisor, 'f2', 'agent-a'));
    ok(await server.request(TRANSFER, { id: 'f2', to: 'agent-b', note: 'second-life-note' }, tokens.supervisor));
    expect(ok<Answer>(await server.request(CONVERSATION, { id: 'f2' }, tokens.admin)).conversation).toEqual(
      { personalDataErased: false, contact: { name: 'Flora Second' }, lastTransfer: { note: 'second-life-note' } },
    );
    expect(ok<Answer>(await server.request(CONVERSATION, { id: 'f1' }, tokens.admin)).conversation).toMatchObject({ personalDataErased: true, contact: { name: null } });
    ok(await server.request(FORGET, { id: 'contact-again' }, tokens.admin));
    const f2 = ok<Answer>(await server.request(CONVERSATION, { id: 'f2' }, tokens.admin)).conversation;
    expect(f2).toEqual({ personalDataErased: true, contact: { name: null }, lastTransfer: { note: null } });
    expect(JSON.stringify(ok<Answer>(await server.request(TRAIL, { id: 'f2' }, tokens.auditor)))).not.toMatch(/Flora|second-life-note/);
  });

  it('tells conversationTransferred subscribers of each transfer once: erasing its note is no new transfer', async () => {
    const client = server.wsClient(tokens.supervisor);
    const feed = subscribe<{ conversationTransferred: Answer }>(client, 'subscription { conversationTransferred { id conversationId note } }');
    try {
      await untilSubscriptions(server, 1);
      await open(server, tokens.supervisor, 'x1', { id: 'contact-x', name: 'Xenia' });
      ok(await assign(server, tokens.supervisor, 'x1', 'agent-a'));
      ok(await server.request(TRANSFER, { id: 'x1', to: 'agent-b', note: 'sentinel-pushed-note-8080' }, tokens.supervisor));
      await feed.nextMatching((message) => message.data?.conversationTransferred.conversationId === 'x1');
      ok(await server.request(FORGET, { id: 'contact-x' }, tokens.admin));
      // A later transfer: pushes come in commit order, so anything the erasure pushed arrives before it.
      await open(server, tokens.supervisor, 'x2', { id: 'contact-y', name: 'Yago' });
      ok(await assign(server, tokens.supervisor, 'x2', 'agent-a'));
      ok(await server.request(TRANSFER, { id: 'x2', to: 'agent-b' }, tokens.supervisor));
      await feed.nextMatching((message) => message.data?.conversationTransferred.conversationId === 'x2');
      expect(feed.messages.map((message) => message.data?.conversationTransferred.conversationId)).toEqual(['x1', 'x2']);
    } finally {
      feed.stop();
      await client.dispose();
      await untilSubscriptions(server, 0);
    }
  });

  it('finds a routing chain by the correlation id of the opening: the SYSTEM offer included', async () => {
    await configureQueue(server, tokens.supervisor, { queueId: 'q-auto', routing: 'AUTO', offerTimeoutSeconds: 600 });
    await onlineAgents(server, tokens.supervisor, ['q-auto'], ['agent-r']);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.supervisor}`, 'x-correlation-id': 'corr-chain-1' },
      body: JSON.stringify({ query: OPEN, variables: { input: { conversationId: 'a1', queueId: 'q-auto', channel: 'chat' } } }),
    });
    ok((await response.json()) as any);
    const query = 'query($f: AuditFilter) { auditLog(filter: $f, first: 200) { nodes { type stream actor { id role } correlationId } } }';
    let nodes: Answer[] = [];
    for (let attempt = 0; attempt < 200 && !nodes.some((node) => node.type === 'ConversationOffered'); attempt++) {
      nodes = ok<Answer>(await server.request(query, { f: { correlationId: 'corr-chain-1' } }, tokens.auditor)).auditLog.nodes;
      if (!nodes.some((node) => node.type === 'ConversationOffered')) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(nodes.map((node) => node.type)).toEqual(expect.arrayContaining(['ConversationOpened', 'ConversationOffered']));
    const system = ok<Answer>(await server.request(query, { f: { correlationId: 'corr-chain-1', actorId: 'SYSTEM', agentId: 'agent-r' } }, tokens.auditor)).auditLog.nodes;
    expect(system.length).toBeGreaterThan(0);
    expect(system.every((node: Answer) => node.actor.id === 'system')).toBe(true);
  });
});

describe('auditors re-check: a second api instance over the same files', () => {
  it('seals a note written after another instance forgot the contact with the contact\'s new key, never the destroyed one it had cached', async () => {
    const first = await TestServer.start();
    const second = await TestServer.start({ dataDir: first.dataDir });
    try {
      const tokens = await tokensFor(first);
      await seed(first, tokens.supervisor);
      await open(first, tokens.supervisor, 'g1', { id: 'contact-g', name: 'Gala' });
      ok(await assign(second, tokens.supervisor, 'g1', 'agent-a'));
      // The second instance seals a note: it holds the contact's live key in its cache.
      ok(await second.request(TRANSFER, { id: 'g1', to: 'agent-b', note: 'before the erasure' }, tokens.supervisor));
      ok(await first.request(FORGET, { id: 'contact-g' }, tokens.admin));
      // A new conversation of the same contact, without a name: nothing in its stream is sealed.
      ok(await first.request(OPEN, { input: { conversationId: 'g2', queueId: 'q1', channel: 'chat', contact: { id: 'contact-g' } } }, tokens.supervisor));
      ok(await assign(second, tokens.supervisor, 'g2', 'agent-a'));
      ok(await second.request(TRANSFER, { id: 'g2', to: 'agent-b', note: 'written after the erasure' }, tokens.supervisor));
      const trail = ok<Answer>(await first.request(TRAIL, { id: 'g2' }, tokens.auditor)).auditTrail;
      expect(JSON.parse(trail.find((entry: Answer) => entry.type === 'ConversationTransferred').data).note).toBe('written after the erasure');
    } finally {
      await second.stop({ keepData: true });
      await first.stop();
    }
  }, 60_000);

  it('reads an erased note as null right after forgetContact answered on the other one, though it had the key cached', async () => {
    const first = await TestServer.start();
    const second = await TestServer.start({ dataDir: first.dataDir });
    try {
      const tokens = await tokensFor(first);
      await seed(first, tokens.supervisor);
      await open(first, tokens.supervisor, 's1', { id: 'contact-second', name: 'Sara Second' });
      ok(await assign(first, tokens.supervisor, 's1', 'agent-a'));
      ok(await first.request(TRANSFER, { id: 's1', to: 'agent-b', note: 'sentinel-cached-note-5150' }, tokens.supervisor));
      const transfers = 'query { auditLog(filter: { types: ["ConversationTransferred"] }, first: 5) { nodes { data } } }';
      // The second instance reads the note (its audit index caught up), so it holds the key in its cache.
      for (let attempt = 0; attempt < 200 && !JSON.stringify(ok(await second.request(transfers, {}, tokens.auditor))).includes('sentinel-cached-note-5150'); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(JSON.stringify(ok(await second.request(transfers, {}, tokens.auditor)))).toContain('sentinel-cached-note-5150');
      ok(await first.request(FORGET, { id: 'contact-second' }, tokens.admin));
      expect(JSON.stringify(ok(await second.request(transfers, {}, tokens.auditor)))).not.toContain('sentinel-cached-note-5150');
      const events = await getExport(second.baseUrl, '/export/events', tokens.admin);
      expect(events.text).not.toContain('sentinel-cached-note-5150');
    } finally {
      await second.stop({ keepData: true });
      await first.stop();
    }
  }, 60_000);
});

/** `npm run rebuild` of the audit index, as the projector runs it: built again from position 0 and swapped in. */
async function rebuildAuditIndex(server: TestServer): Promise<void> {
  const eventStore = await openEventStore(server.config);
  const readStore = await openReadStore(server.config);
  const projector = new Projector(eventStore, readStore, ALL_PROJECTIONS, {});
  try {
    await projector.start();
    await projector.requestRebuild(['audit-index']);
    await projector.whenBuilt();
  } finally {
    await projector.stop();
    await eventStore.close();
    await readStore.close();
  }
}

describe('auditors re-check: a tampered note after a rebuild of the audit index', () => {
  it('still lists the event whose sealed note was changed (it no longer opens) in auditLog and auditTrail, so the auditor can find it', async () => {
    let server = await TestServer.start();
    try {
      const tokens = await tokensFor(server);
      await seed(server, tokens.supervisor);
      await open(server, tokens.supervisor, 'm1', { id: 'contact-m', name: 'Mona' });
      ok(await assign(server, tokens.supervisor, 'm1', 'agent-a'));
      ok(await server.request(TRANSFER, { id: 'm1', to: 'agent-b', note: 'a note someone will alter' }, tokens.supervisor));
      await server.stop({ keepData: true });
      const db = new Database(join(server.dataDir, 'handoff.db'));
      const row = db.prepare("SELECT position, data FROM events WHERE type = 'ConversationTransferred'").get() as { position: number; data: string };
      const data = JSON.parse(row.data);
      data.note.c = `${data.note.c.slice(0, 10)}${data.note.c[10] === 'A' ? 'B' : 'A'}${data.note.c.slice(11)}`;
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify(data), row.position);
      db.close();
      await rebuildAuditIndex(server);
      server = await TestServer.start({ dataDir: server.dataDir });
      const query = 'query { auditLog(filter: { types: ["ConversationTransferred"], conversationId: "m1" }) { nodes { position type hash } } }';
      const nodes = ok<Answer>(await server.request(query, {}, tokens.auditor)).auditLog.nodes;
      expect(nodes).toEqual([{ position: String(row.position), type: 'ConversationTransferred', hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
      const integrity = ok<Answer>(await server.request('{ verifyIntegrity(conversationId: "m1") { ok firstBroken { position } } }', {}, tokens.auditor));
      expect(integrity.verifyIntegrity).toEqual({ ok: false, firstBroken: { position: String(row.position) } });
      const trail = ok<Answer>(await server.request('{ auditTrail(conversationId: "m1") { type position data } }', {}, tokens.auditor)).auditTrail;
      expect(trail.map((entry: Answer) => entry.type)).toEqual(['ConversationOpened', 'ConversationAssigned', 'ConversationTransferred']);
      expect(JSON.parse(trail[2].data)).toMatchObject({ note: null, toAgentId: 'agent-b' });
      expect(JSON.parse(trail[0].data)).toMatchObject({ contact: { name: 'Mona' } });
    } finally {
      await server.stop();
    }
  }, 60_000);
});
