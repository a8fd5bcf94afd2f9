import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from './support/built-api';
import { ok } from './support/fixtures';
import { routerRoster } from './support/router-state';
import { TestServer } from './support/test-server';

const ROOT = join(__dirname, '..');
const OUT_DIR = join(ROOT, '.tmp', `routing-wiring-build-${process.pid}`);

const REGISTER_ONLINE = `mutation {
  registerAgent(input: { id: "agent-r", name: "Rosa", queueIds: ["q1"] }) { id }
  setAgentStatus(agentId: "agent-r", status: ONLINE) { id }
}`;

async function registerOnline(server: TestServer): Promise<void> {
  ok(await server.request(REGISTER_ONLINE, {}, await server.token('sup-1', ['SUPERVISOR'])));
}

const rosterStatus = async (server: TestServer): Promise<string | undefined> =>
  (await routerRoster(join(server.dataDir, 'handoff.db')))?.agents['agent-r']?.status;

describe('where the router runs', () => {
  it('the api with PROJECTOR=inline runs it: the router follows the log (its roster shows an agent set ONLINE over HTTP)', async () => {
    const server = await TestServer.start();
    try {
      await registerOnline(server);
      await eventually(async () => (await rosterStatus(server)) === 'ONLINE', 10_000, 'the router to see the agent ONLINE');
    } finally {
      await server.stop();
    }
  });

  it('ROUTING=off, or an api with PROJECTOR=off, does not run it', async () => {
    const settings: Array<Record<string, string>> = [{ ROUTING: 'off' }, { PROJECTOR: 'off', READ_YOUR_WRITES_TIMEOUT_MS: '200' }];
    for (const env of settings) {
      const server = await TestServer.start({ env });
      try {
        await server.request(REGISTER_ONLINE, {}, await server.token('sup-1', ['SUPERVISOR']));
        expect(await routerRoster(join(server.dataDir, 'handoff.db'))).toBeNull();
      } finally {
        await server.stop();
      }
    }
  });

  describe('apps/projector', () => {
    beforeAll(() => {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', OUT_DIR], { cwd: ROOT, stdio: 'pipe' });
    }, 180_000);

    afterAll(() => rmSync(OUT_DIR, { recursive: true, force: true }));

    it('runs it, with the command side, when the api has PROJECTOR=off', async () => {
      const server = await TestServer.start({ env: { PROJECTOR: 'off' } });
      const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', join(OUT_DIR, 'apps/projector/src/main.js')], {
        cwd: ROOT, env: { PATH: process.env.PATH ?? '', TS_NODE_BASEURL: OUT_DIR, SQLITE_PATH: join(server.dataDir, 'handoff.db') }, stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise((resolve) => child.once('close', resolve));
      try {
        await eventually(() => output.includes('projector running') || child.exitCode !== null, 30_000, 'the projector to start');
        expect(child.exitCode).toBeNull();
        await registerOnline(server);
        await eventually(async () => (await rosterStatus(server)) === 'ONLINE', 20_000, `the projector's router to see the agent ONLINE: ${output}`);
      } finally {
        child.kill('SIGKILL');
        await exited;
        await server.stop();
      }
    }, 60_000);
  });
});
