import { openEventStore, openReadStore } from '@handoff/platform';
import { ALL_PROJECTIONS, Projector } from '@handoff/projections';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ERASED_TEXTS, KEPT, databaseBytes, found, writePersonalData } from './support/erasure-fixtures';
import { getExport } from './support/exports';
import { errorOf, ok, seed, Tokens, tokensFor } from './support/fixtures';
import { untilSubscriptions } from './support/live-subscriptions';
import { subscribe, TestServer } from './support/test-server';

const FORGET = 'mutation($id: ID!) { forgetContact(contactId: $id) { contactId conversations erasedAt } }';
const CONVERSATION = `id personalDataErased contact { id name } lastTransfer { note } history { type data }`;
const EVERYTHING = `query($at: DateTime!) {
  e1: conversation(id: "e1") { ${CONVERSATION} }
  e2: conversation(id: "e2") { ${CONVERSATION} }
  e3: conversation(id: "e3") { ${CONVERSATION} }
  k1: conversation(id: "k1") { ${CONVERSATION} }
  conversations(first: 50) { nodes { id personalDataErased contact { name } lastTransfer { note } } }
  transferHistory(first: 50) { nodes { conversationId note } }
  t1: auditTrail(conversationId: "e1") { type data }
  t2: auditTrail(conversationId: "e2") { type data }
  t3: auditTrail(conversationId: "e3") { type data }
  at1: conversationAt(id: "e1", at: $at) { contact { name } lastTransfer { note } history { data } }
  at3: conversationAt(id: "e3", at: $at) { contact { name } history { data } }
  atKept: conversationAt(id: "k1", at: $at) { contact { name } lastTransfer { note } }
}`;
const UPDATED = 'subscription { conversationUpdated(queueId: "q1") { id personalDataErased contact { name } lastTransfer { note } } }';

type Answer = Record<string, any>;

function wrappedKeysOf(path: string, subject: string): Buffer[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT wrapped FROM data_keys WHERE subject = ? AND wrapped IS NOT NULL').all(subject) as Array<{ wrapped: Buffer }>).map((row) => row.wrapped);
  } finally {
    db.close();
  }
}

/** Everything an ADMIN reads about the four conversations, as one text to search. */
async function readEverything(server: TestServer, admin: string): Promise<{ answer: Answer; text: string }> {
  const answer = ok<Answer>(await server.request(EVERYTHING, { at: new Date().toISOString() }, admin));
  return { answer, text: JSON.stringify(answer) };
}

const EXPORTS = ['/export/transfers', '/export/transfers?format=ndjson', '/export/events'];

/** The CSV and NDJSON exports of transfers and of the log, as one text to search. */
async function exportsText(server: TestServer, admin: string): Promise<string> {
  const responses = await Promise.all(EXPORTS.map((path) => getExport(server.baseUrl, path, admin)));
  expect(responses.map((response) => response.status)).toEqual(EXPORTS.map(() => 200));
  return responses.map((response) => response.text).join('\n');
}

function expectErasedAndKept({ answer, text }: { answer: Answer; text: string }): void {
  expect(ERASED_TEXTS.filter((erased) => text.includes(erased))).toEqual([]);
  for (const id of ['e1', 'e2', 'e3']) expect(answer[id]).toMatchObject({ personalDataErased: true, contact: { id: 'contact-marta', name: null } });
  expect(answer.e1.lastTransfer).toEqual({ note: null });
  expect(answer.k1).toMatchObject({ personalDataErased: false, contact: { name: KEPT.name }, lastTransfer: { note: KEPT.transferNote } });
  expect(answer.at1).toMatchObject({ contact: { name: null }, lastTransfer: { note: null } });
  expect(answer.atKept).toEqual({ contact: { name: KEPT.name }, lastTransfer: { note: KEPT.transferNote } });
  expect(answer.transferHistory.nodes).toContainEqual({ conversationId: 'k1', note: KEPT.transferNote });
  expect(text).toContain(KEPT.name);
}

/** The projector's rebuild, as `npm run rebuild` runs it: every projection built again from position 0 and swapped in. */
async function rebuildAll(server: TestServer): Promise<void> {
  const eventStore = await openEventStore(server.config);
  const readStore = await openReadStore(server.config);
  const projector = new Projector(eventStore, readStore, ALL_PROJECTIONS, {});
  try {
    await projector.start();
    await projector.requestRebuild([]);
    await projector.whenBuilt();
  } finally {
    await projector.stop();
    await eventStore.close();
    await readStore.close();
  }
}

describe('forgetContact (crypto-shredding)', () => {
  let server: TestServer;
  let tokens: Tokens;
  /** The contact's data key as the key store held it, wrapped: gone from the file once destroyed. */
  let wrappedKeys: Buffer[] = [];

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    await writePersonalData(server, tokens.supervisor);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('is for ADMIN only, refuses a malformed id and answers NOT_FOUND for a contact it never saw, erasing nothing', async () => {
    expect(errorOf(await server.request(FORGET, { id: 'contact-marta' }, tokens.supervisor)).code).toBe('FORBIDDEN');
    expect(errorOf(await server.request(FORGET, { id: 'contact-marta' }, tokens.auditor)).code).toBe('FORBIDDEN');
    expect(errorOf(await server.request(FORGET, { id: ' ' }, tokens.admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
    expect(errorOf(await server.request(FORGET, { id: 'contact-nobody' }, tokens.admin)).code).toBe('NOT_FOUND');
    wrappedKeys = wrappedKeysOf(join(server.dataDir, 'handoff.db'), 'contact:contact-marta');
    expect(wrappedKeys).toHaveLength(1);
    const before = await readEverything(server, tokens.admin);
    expect(found(Buffer.from(before.text), ERASED_TEXTS)).toEqual(ERASED_TEXTS);
    expect(before.answer.e1.personalDataErased).toBe(false);
    expect(found(Buffer.from(await exportsText(server, tokens.admin)), ERASED_TEXTS)).toEqual(ERASED_TEXTS);
  });

  it('erases the name and every note from queries, history, audit trails, exports and subscriptions, and leaves other contacts intact', async () => {
    const client = server.wsClient(tokens.supervisor);
    const feed = subscribe<{ conversationUpdated: Answer }>(client, UPDATED);
    try {
      await untilSubscriptions(server, 1);
      const report = ok<Answer>(await server.request(FORGET, { id: 'contact-marta' }, tokens.admin)).forgetContact;
      expect(report).toMatchObject({ contactId: 'contact-marta', conversations: 3 });
      expect(Date.parse(report.erasedAt)).not.toBeNaN();
      expectErasedAndKept(await readEverything(server, tokens.admin));
      const exported = await exportsText(server, tokens.admin);
      expect(found(Buffer.from(exported), ERASED_TEXTS)).toEqual([]);
      expect(found(Buffer.from(exported), Object.values(KEPT))).toEqual(Object.values(KEPT));
      for (const id of ['e1', 'e2']) {
        await feed.nextMatching((message) => message.data?.conversationUpdated.id === id && message.data.conversationUpdated.personalDataErased === true);
      }
      expect(found(Buffer.from(JSON.stringify(feed.messages)), ERASED_TEXTS)).toEqual([]);
      expect(feed.messages.map((message) => message.data?.conversationUpdated)).toContainEqual(
        { id: 'e1', personalDataErased: true, contact: { name: null }, lastTransfer: { note: null } },
      );
    } finally {
      feed.stop();
      await client.dispose();
    }
  });

  it('keeps the events in the log, erased fields reading null, with an erasure event per conversation naming who erased it', async () => {
    const trail = ok<Answer>(await server.request('query { auditTrail(conversationId: "e1") { type actor { id role } data } }', {}, tokens.auditor)).auditTrail;
    expect(trail.map((entry: Answer) => entry.type)).toEqual([
      'ConversationOpened', 'ConversationAssigned', 'ConversationTransferred', 'ConversationUnassigned', 'ConversationPersonalDataErased',
    ]);
    expect(JSON.parse(trail[2].data)).toMatchObject({ note: null, toAgentId: 'agent-b' });
    expect(trail[4]).toMatchObject({ actor: { id: 'admin-1', role: 'ADMIN' } });
    expect(JSON.parse(trail[4].data)).toEqual({ conversationId: 'e1', contactId: 'contact-marta', transferIds: [expect.any(String)] });
  });

  it('leaves every hash chain verifying: the log holds the same sealed bytes as before the erasure', async () => {
    const integrity = 'query($id: ID) { verifyIntegrity(conversationId: $id) { ok events unhashed firstBroken { position } } }';
    const conversation = ok<Answer>(await server.request(integrity, { id: 'e1' }, tokens.auditor)).verifyIntegrity;
    expect(conversation).toEqual({ ok: true, events: 5, unhashed: 0, firstBroken: null });
    expect(ok<Answer>(await server.request(integrity, {}, tokens.auditor)).verifyIntegrity).toMatchObject({ ok: true, unhashed: 0, firstBroken: null });
  });

  it('leaves neither the name nor a note in any database file: log, read models, key store, free pages, WAL', async () => {
    await server.stop({ keepData: true });
    try {
      const bytes = databaseBytes(join(server.dataDir, 'handoff.db'));
      expect(found(bytes, ERASED_TEXTS)).toEqual([]);
      expect(wrappedKeys.filter((wrapped) => bytes.includes(wrapped))).toEqual([]);
      // The search does find what was kept: the read models hold the other contact's name and note in plain text.
      expect(found(bytes, Object.values(KEPT))).toEqual(Object.values(KEPT));
    } finally {
      server = await TestServer.start({ dataDir: server.dataDir });
    }
  });

  it('reads null after a full rebuild of every read model, and no database file holds the name or a note', async () => {
    await server.stop({ keepData: true });
    await rebuildAll(server);
    server = await TestServer.start({ dataDir: server.dataDir });
    expectErasedAndKept(await readEverything(server, tokens.admin));
    expect(found(Buffer.from(await exportsText(server, tokens.admin)), ERASED_TEXTS)).toEqual([]);
    await server.stop({ keepData: true });
    try {
      const bytes = databaseBytes(join(server.dataDir, 'handoff.db'));
      expect(found(bytes, ERASED_TEXTS)).toEqual([]);
      expect(found(bytes, Object.values(KEPT))).toEqual(Object.values(KEPT));
    } finally {
      server = await TestServer.start({ dataDir: server.dataDir });
    }
  }, 60_000);
});


