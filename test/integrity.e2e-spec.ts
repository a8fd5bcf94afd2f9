import { eventHash } from '@handoff/event-store';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assign, errorOf, ok, openConversation, seed, tokensFor, transfer } from './support/fixtures';
import { TestServer } from './support/test-server';

const ROOT = join(__dirname, '..');
const run = promisify(execFile);
const STREAM = 'conversation-acme.c1';
const NOTE = 'Pide factura A; CUIT 20-12345678-9';

interface CliRun {
  code: number;
  stdout: string;
}

/** `npm run verify-log` as an operator runs it, on the given SQLite file. */
async function verifyLogCli(path: string, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout } = await run(process.execPath, ['-r', './scripts/swc-register.js', 'scripts/verify-log.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', SQLITE_PATH: path, LOG_LEVEL: 'silent' },
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

interface Row {
  position: number;
  version: number;
  type: string;
  data: string;
  metadata: string;
}

/** Edits the stored log directly, as someone with access to the file would. */
function tamper(path: string, edit: (db: Database.Database, rows: Row[]) => void): void {
  const db = new Database(path);
  try {
    const rows = db.prepare('SELECT position, version, type, data, metadata FROM events WHERE stream = ? ORDER BY version').all(STREAM) as Row[];
    db.transaction(() => edit(db, rows))();
  } finally {
    db.close();
  }
}

/** The stored note (sealed by the personal-data layer: its ciphertext `c`) with one character replaced in place. */
function withOneByteOfNoteChanged(data: string): string {
  const { note } = JSON.parse(data) as { note: string | { c: string } };
  const stored = typeof note === 'string' ? note : note.c;
  const changed = `${stored.slice(0, 10)}${stored[10] === 'A' ? 'B' : 'A'}${stored.slice(11)}`;
  expect(data.split(stored)).toHaveLength(2);
  return data.replace(stored, changed);
}

const INTEGRITY = `query($id: ID) { verifyIntegrity(conversationId: $id) {
  ok streams events unhashed checkedAt firstBroken { stream streamVersion position type hash previousHash } } }`;

describe('hash chains on a real SQLite file: verifyIntegrity and npm run verify-log', () => {
  let original: string;
  let originalDir: string;
  const dirs: string[] = [];

  beforeAll(async () => {
    const server = await TestServer.start();
    const tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    await openConversation(server, tokens.supervisor, 'c1');
    ok(await assign(server, tokens.supervisor, 'c1', 'agent-a'));
    ok(await transfer(server, tokens.agentA, { conversationId: 'c1', toAgentId: 'agent-b', reasonId: 'billing', note: NOTE }));
    ok(await server.request('mutation { unassignConversation(input: { conversationId: "c1", note: "llamar mañana" }) { id } }', {}, tokens.agentB));
    ok(await assign(server, tokens.supervisor, 'c1', 'agent-c'));
    await openConversation(server, tokens.supervisor, 'c2');
    originalDir = server.dataDir;
    original = join(server.dataDir, 'handoff.db');
    await server.stop({ keepData: true });
    // Everything into the main file, so that a copy of the file alone is the whole log.
    const db = new Database(original);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }, 60_000);
  afterAll(() => {
    for (const dir of [originalDir, ...dirs].filter(Boolean)) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the untouched log, edited; then both checks over it. */
  async function checkCopy(edit?: (db: Database.Database, rows: Row[]) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-integrity-'));
    dirs.push(dir);
    const path = join(dir, 'handoff.db');
    copyFileSync(original, path);
    if (edit) tamper(path, edit);
    const cli = await verifyLogCli(path);
    const server = await TestServer.start({ dataDir: dir, env: { PROJECTOR: 'off' } });
    try {
      const auditor = await server.token('auditor-1', ['AUDITOR']);
      const conversation = ok<any>(await server.request(INTEGRITY, { id: 'c1' }, auditor)).verifyIntegrity;
      const tenant = ok<any>(await server.request(INTEGRITY, {}, auditor)).verifyIntegrity;
      return { cli, conversation, tenant };
    } finally {
      await server.stop({ keepData: true });
    }
  }

  it('reports an untouched log as ok, each hashed event counted, and prints the heads digest', async () => {
    const { cli, conversation, tenant } = await checkCopy();
    expect(conversation).toMatchObject({ ok: true, streams: 1, events: 5, unhashed: 0, firstBroken: null });
    const db = new Database(original, { readonly: true });
    const { events, streams } = db.prepare('SELECT count(*) AS events, count(DISTINCT stream) AS streams FROM events').get() as { events: number; streams: number };
    db.close();
    expect(tenant).toMatchObject({ ok: true, streams, events, unhashed: 0, firstBroken: null });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`streams ${streams}, events ${events}, unhashed 0, broken 0\nok: every hash chain holds`);
    expect(cli.stdout).toMatch(/heads digest: [0-9a-f]{64}\n/);
    const otherTenant = await verifyLogCli(original, '--tenant', 'globex');
    expect(otherTenant.stdout).toContain('streams 0, events 0, unhashed 0, broken 0');
  }, 60_000);

  it('names the transfer whose stored note had one byte changed', async () => {
    let transferred!: Row;
    const { cli, conversation, tenant } = await checkCopy((db, rows) => {
      transferred = rows[2];
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(withOneByteOfNoteChanged(transferred.data), transferred.position);
    });
    expect(transferred.type).toBe('ConversationTransferred');
    const broken = { stream: STREAM, streamVersion: 3, position: String(transferred.position), type: 'ConversationTransferred' };
    expect(conversation).toMatchObject({ ok: false, firstBroken: broken });
    expect(tenant).toMatchObject({ ok: false, firstBroken: broken });
    expect(cli.code).toBe(3);
    expect(cli.stdout).toContain(`first broken event: stream ${STREAM}, version 3, position ${transferred.position}: its content does not match its hash`);
  }, 60_000);

  it('names the event after one deleted from the middle of a stream', async () => {
    let after!: Row;
    const { cli, conversation, tenant } = await checkCopy((db, rows) => {
      after = rows[3];
      db.prepare('DELETE FROM events WHERE position = ?').run(rows[2].position);
    });
    const broken = { stream: STREAM, streamVersion: 4, position: String(after.position) };
    expect(conversation).toMatchObject({ ok: false, firstBroken: broken });
    expect(tenant).toMatchObject({ ok: false, firstBroken: broken });
    expect(cli.code).toBe(3);
    expect(cli.stdout).toContain(`first broken event: stream ${STREAM}, version 4, position ${after.position}: version 4 follows version 2 of its stream`);
  }, 60_000);

  it('names the first of two events swapped in place', async () => {
    let first!: Row;
    const { cli, conversation, tenant } = await checkCopy((db, rows) => {
      const [, assigned, transferred] = rows;
      first = assigned;
      const write = db.prepare('UPDATE events SET type = ?, data = ?, metadata = ? WHERE position = ?');
      write.run(transferred.type, transferred.data, transferred.metadata, assigned.position);
      write.run(assigned.type, assigned.data, assigned.metadata, transferred.position);
    });
    const broken = { stream: STREAM, streamVersion: 2, position: String(first.position), type: 'ConversationTransferred' };
    expect(conversation).toMatchObject({ ok: false, firstBroken: broken });
    expect(tenant).toMatchObject({ ok: false, firstBroken: broken });
    expect(cli.code).toBe(3);
    expect(cli.stdout).toContain(`first broken event: stream ${STREAM}, version 2, position ${first.position}: its previousHash is not the hash of the event before it in its stream`);
  }, 60_000);

  it('names the event displaced by a forged one inserted with a freshly computed hash', async () => {
    let displaced!: Row;
    const { cli, conversation, tenant } = await checkCopy((db, rows) => {
      const [, , transferred, unassigned] = rows;
      displaced = unassigned;
      // Make room at version 4 (through negative versions: the (stream, version) pair is unique at every step).
      db.prepare('UPDATE events SET version = -(version + 1) WHERE stream = ? AND version >= 4').run(STREAM);
      db.prepare('UPDATE events SET version = -version WHERE stream = ? AND version < 0').run(STREAM);
      const previousHash = JSON.parse(transferred.metadata).hash as string;
      const data = { conversationId: 'c1', agentId: 'agent-b', queueId: 'q1', note: 'forged' };
      const metadata = { ...JSON.parse(unassigned.metadata), commandId: 'forged', previousHash };
      delete metadata.hash;
      metadata.hash = eventHash(previousHash, { stream: STREAM, streamVersion: 4, type: 'ConversationUnassigned', data, metadata });
      db.prepare('INSERT INTO events (event_id, stream, version, type, data, metadata, command_id) VALUES (?, ?, 4, ?, ?, ?, ?)')
        .run('forged-event', STREAM, 'ConversationUnassigned', JSON.stringify(data), JSON.stringify(metadata), 'forged');
    });
    const broken = { stream: STREAM, streamVersion: 5, position: String(displaced.position) };
    expect(conversation).toMatchObject({ ok: false, firstBroken: broken });
    expect(tenant).toMatchObject({ ok: false, firstBroken: broken });
    expect(cli.code).toBe(3);
    expect(cli.stdout).toContain(`first broken event: stream ${STREAM}, version 5, position ${displaced.position}: version 5 follows version 3 of its stream`);
  }, 60_000);

  it('names the first event of a stream whose every hash was stripped (it cannot predate hashing: hashed events precede it)', async () => {
    let first!: Row;
    const { cli, conversation, tenant } = await checkCopy((db, rows) => {
      first = rows[0];
      db.prepare("UPDATE events SET metadata = json_remove(metadata, '$.hash', '$.previousHash') WHERE stream = ?").run(STREAM);
    });
    const broken = { stream: STREAM, streamVersion: 1, position: String(first.position), hash: null };
    expect(conversation).toMatchObject({ ok: false, firstBroken: broken });
    expect(tenant).toMatchObject({ ok: false, firstBroken: broken });
    expect(cli.code).toBe(3);
    expect(cli.stdout).toContain(`first broken event: stream ${STREAM}, version 1, position ${first.position}: carries no hash, though it was stored after hashing began`);
  }, 60_000);

  it('prints another heads digest once a stream was cut short, though every remaining chain holds', async () => {
    const untouched = await checkCopy();
    const cut = await checkCopy((db, rows) => {
      db.prepare('DELETE FROM events WHERE position = ?').run(rows[rows.length - 1].position);
    });
    expect(cut.cli.code).toBe(0);
    const digest = (stdout: string) => /heads digest: ([0-9a-f]{64})/.exec(stdout)?.[1];
    expect(digest(cut.cli.stdout)).toBeDefined();
    expect(digest(cut.cli.stdout)).not.toBe(digest(untouched.cli.stdout));
  }, 90_000);
});

describe('verifyIntegrity: who may ask, and of what', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
    const tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    await openConversation(server, tokens.supervisor, 'c1');
  });
  afterAll(() => server.stop());

  it('answers AUDITOR and ADMIN, and refuses every other role', async () => {
    for (const roles of [['AUDITOR'], ['ADMIN']] as const) {
      expect(ok<any>(await server.request(INTEGRITY, { id: 'c1' }, await server.token('u', [...roles]))).verifyIntegrity.ok).toBe(true);
    }
    for (const role of ['AGENT', 'SUPERVISOR', 'ANALYST', 'INTEGRATION'] as const) {
      expect(errorOf(await server.request(INTEGRITY, {}, await server.token('u', [role]))).code).toBe('FORBIDDEN');
    }
  });

  it('answers NOT_FOUND for a conversation of another tenant, and checks only its own tenant', async () => {
    const other = await server.token('auditor-2', ['AUDITOR'], 'globex');
    expect(errorOf(await server.request(INTEGRITY, { id: 'c1' }, other)).code).toBe('NOT_FOUND');
    expect(ok<any>(await server.request(INTEGRITY, {}, other)).verifyIntegrity).toMatchObject({ ok: true, streams: 0, events: 0 });
    expect(errorOf(await server.request(INTEGRITY, { id: ' ' }, other))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'conversationId' });
  });
});
