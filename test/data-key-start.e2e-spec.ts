import { DEV_DATA_KEY, NewEvent, parseMasterKey } from '@handoff/event-store';
import { openEventStore } from '@handoff/platform';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuiltApi, eventually, freePort, outputOf } from './support/built-api';
import { TEST_DATA_KEY } from './support/data-key';

const BUILD_TIMEOUT_MS = 180_000;
const OTHER_KEY = 'ab'.repeat(32);

/** A log whose one conversation's contact name is sealed under a data key wrapped with `masterHex`. */
async function logWithKeysOf(path: string, masterHex: string): Promise<void> {
  const store = await openEventStore({
    eventStore: { kind: 'sqlite', path }, readStore: { kind: 'sqlite', path }, dataKey: { master: parseMasterKey(masterHex)!, development: false },
  });
  const opened: NewEvent = {
    eventId: '00000000-0000-4000-8000-000000000001',
    type: 'ConversationOpened',
    data: { conversationId: 'c1', queueId: 'q1', channel: 'chat', contact: { id: 'k1', name: 'Ana' } },
    metadata: { tenantId: 'acme', actor: { id: 'sup', role: 'SUPERVISOR' }, occurredAt: new Date(0).toISOString(), commandId: 'x', correlationId: 'x', causationId: 'x', schemaVersion: 2 },
  };
  await store.append('conversation-acme.c1', [opened], 'no_stream');
  await store.close();
}

describe('DATA_KEY at start (the built api)', () => {
  let api: BuiltApi;
  let dataDir: string;
  beforeAll(() => {
    api = BuiltApi.build();
    dataDir = mkdtempSync(join(tmpdir(), 'handoff-data-key-'));
  }, BUILD_TIMEOUT_MS);
  afterAll(() => {
    api?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const production = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'data-key-start-secret' };

  it.each([
    [{}, 'DATA_KEY is required when NODE_ENV=production'],
    [{ DATA_KEY: 'not-a-key' }, 'DATA_KEY must be 32 bytes written as base64 (44 characters) or hex (64 digits)'],
    [{ DATA_KEY: 'ab'.repeat(16) }, 'DATA_KEY must be 32 bytes written as base64 (44 characters) or hex (64 digits)'],
  ])('refuses to start in production with %j', async (env, message) => {
    const child = api.spawn({ SQLITE_PATH: join(dataDir, 'fresh.db'), ...production, ...env }, dataDir);
    const output = outputOf(child);
    expect(await output.exit).toBe(1);
    expect(output.stderr()).toContain(`handoff: invalid configuration: ${message}`);
  });

  it('refuses to start with a DATA_KEY that cannot unwrap the data keys already stored', async () => {
    const path = join(dataDir, 'sealed.db');
    await logWithKeysOf(path, TEST_DATA_KEY);
    const child = api.spawn({ SQLITE_PATH: path, ...production, DATA_KEY: OTHER_KEY }, dataDir);
    const output = outputOf(child);
    expect(await output.exit).toBe(1);
    expect(output.stderr()).toContain('handoff: invalid configuration: DATA_KEY cannot unwrap the stored data keys');
  });

  it('starts in development with the documented development key, and says so', async () => {
    const path = join(dataDir, 'development.db');
    await logWithKeysOf(path, parseMasterKey(DEV_DATA_KEY)!.toString('hex'));
    const port = await freePort();
    const child = api.spawn({ SQLITE_PATH: path, PORT: String(port), LOG_LEVEL: 'info' }, dataDir);
    const output = outputOf(child);
    try {
      await eventually(async () => (await fetch(`http://127.0.0.1:${port}/health/live`).catch(() => null))?.status === 200, 30_000, 'the server to listen');
      expect(output.stdout() + output.stderr()).toContain('DATA_KEY is not set');
    } finally {
      child.kill('SIGTERM');
      await output.exit;
    }
  }, 40_000);
});
