import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess } from './support/api-process';
import { BuiltApi, eventually } from './support/built-api';
import { subscribe } from './support/test-server';

const BUILD_TIMEOUT_MS = 120_000;
const OPEN = `mutation ($id: ID!) { openConversation(input: { conversationId: $id, queueId: "q1", channel: "chat" }) { id status version } }`;

/**
 * A real fault of the real store in a real api process: the read store's change log is renamed away (every read of
 * it fails, as it would while a primary steps down or a file is locked), then put back.
 */
describe('the api when its change log cannot be read for a while', () => {
  let api: BuiltApi;
  let dataDir: string;
  let server: ApiProcess | undefined;

  beforeAll(() => {
    api = BuiltApi.build();
    dataDir = mkdtempSync(join(tmpdir(), 'handoff-outage-'));
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    api?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stays up, reports the follower down on /health/ready, and resumes subscriptions and read-your-writes', async () => {
    const sqlitePath = join(dataDir, 'handoff.db');
    server = await ApiProcess.start(api, 'api', sqlitePath, dataDir, { READ_YOUR_WRITES_TIMEOUT_MS: '20000' });
    const token = await server.token('sup-1', ['SUPERVISOR']);
    await eventually(async () => (await server!.ready()).status === 200, 10_000, 'the api to be ready');
    const client = server.wsClient(token);
    const updates = subscribe(client, `subscription { conversationUpdated(queueId: "q1") { id status } }`);
    const db = new Database(sqlitePath);
    try {
      await eventually(async () => (await server!.activeSubscriptions()) === 1, 10_000, 'the subscription to be registered');
      await server.request(OPEN, { id: 'before' }, token);
      await updates.nextMatching((m) => (m.data as any)?.conversationUpdated?.id === 'before', 10_000);

      db.exec('ALTER TABLE rm_changes RENAME TO rm_changes_away');
      await eventually(async () => (await server!.ready()).body.details?.changeFollower?.status === 'down', 10_000, 'readiness to report the follower');
      const down = await server.ready();
      expect(down.status).toBe(503);
      expect(down.body.details.changeFollower).toEqual({
        status: 'down', failingSince: expect.any(String), failures: expect.any(Number), error: expect.stringContaining('rm_changes'),
      });
      const during = server.request(OPEN, { id: 'during' }, token);

      db.exec('ALTER TABLE rm_changes_away RENAME TO rm_changes');
      const answered = await during;
      expect(answered.errors).toBeUndefined();
      expect(answered.data).toEqual({ openConversation: { id: 'during', status: 'QUEUED', version: 1 } });
      await updates.nextMatching((m) => (m.data as any)?.conversationUpdated?.id === 'during', 10_000);
      await eventually(async () => (await server!.ready()).status === 200, 10_000, 'the api to be ready again');
      expect((await server.ready()).body.details.changeFollower).toEqual({ status: 'up' });
      expect(server.exitCode).toBeNull();
      expect(server.stdout()).toContain("could not read the read store's change log");
    } finally {
      db.close();
      updates.stop();
      await client.dispose();
    }
  }, 90_000);
});
