import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'graphql-ws';
import { untilSubscriptions } from './support/live-subscriptions';
import { subscribe, TestServer } from './support/test-server';

const ROOT = join(__dirname, '..');
/** A private build (as `npm run build` compiles it): never a stale or half-written dist/ of someone else's build. */
const OUT_DIR = join(ROOT, '.tmp', `projector-build-${process.pid}`);
const PROJECTOR_MAIN = join(OUT_DIR, 'apps/projector/src/main.js');
const BUILD_TIMEOUT_MS = 120_000;
/** A killed projector keeps its leases until they expire (15 s): the restarted one waits that long to take over. */
const CATCH_UP_TIMEOUT_MS = 40_000;
/** Short, so that mutations made while no projector runs give up quickly. */
const READ_YOUR_WRITES_TIMEOUT_MS = '3000';

/**
 * The compiled projector as a child process on the api's SQLite file: what `npm run start:projector` runs, with the
 * @handoff/* aliases resolved inside the private build (TS_NODE_BASEURL) instead of dist/.
 */
class ProjectorProcess {
  output = '';
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    // 'close', not 'exit': only then has everything the child wrote been read from its pipes.
    this.exited = new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  }

  static spawn(env: Record<string, string>): ProjectorProcess {
    const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', PROJECTOR_MAIN], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TS_NODE_BASEURL: OUT_DIR, LOG_LEVEL: 'debug', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ProjectorProcess(child);
  }

  static async start(sqlitePath: string): Promise<ProjectorProcess> {
    const projector = ProjectorProcess.spawn({ SQLITE_PATH: sqlitePath });
    await eventually(() => projector.output.includes('projector running'), 15_000, () => projector.output);
    return projector;
  }

  stop(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }

  whenExited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exited;
  }
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number, explain: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms ${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const REGISTER = `mutation ($input: RegisterAgentInput!) { registerAgent(input: $input) { id name status queueIds } }`;
const SET_STATUS = `mutation ($id: ID!, $status: AgentStatus!) { setAgentStatus(agentId: $id, status: $status) { id status } }`;
const OPEN = `mutation ($input: OpenConversationInput!) { openConversation(input: $input) { id queueId status } }`;
const QUEUE = `query { queues { queueId queued } }`;
const IN_QUEUE = `query ($q: ID) { conversations(filter: { queueId: $q }, first: 200) { totalCount nodes { id } } }`;

describe('the projector as its own process (api with PROJECTOR=off)', () => {
  let server: TestServer;
  let projector: ProjectorProcess;
  let token: string;
  const sqlitePath = (): string => join(server.dataDir, 'handoff.db');

  beforeAll(() => {
    const tsc = require.resolve('typescript/bin/tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', OUT_DIR], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      throw new Error(`the build failed:\n${String((error as { stdout?: Buffer }).stdout ?? error)}`);
    }
  }, BUILD_TIMEOUT_MS);

  afterAll(() => rmSync(OUT_DIR, { recursive: true, force: true }));

  beforeEach(async () => {
    server = await TestServer.start({ env: { PROJECTOR: 'off', READ_YOUR_WRITES_TIMEOUT_MS } });
    token = await server.token('sup-1', ['SUPERVISOR']);
    projector = await ProjectorProcess.start(sqlitePath());
  });

  afterEach(async () => {
    await projector.stop('SIGKILL');
    await server.stop();
  });

  it('refuses a bad configuration with a message on stderr and exit code 1', async () => {
    const bad = ProjectorProcess.spawn({ SQLITE_PATH: sqlitePath(), EVENT_STORE: 'postgres' });
    expect(await bad.whenExited()).toEqual({ code: 1, signal: null });
    expect(bad.output).toContain('invalid configuration: EVENT_STORE must be one of sqlite, eventstoredb');
  });

  it('answers mutations with the read model the projector process wrote (read-your-writes)', async () => {
    const registered = await server.request(REGISTER, { input: { id: 'agent-1', name: 'Ada', queueIds: ['q-1'] } }, token);
    expect(registered).toEqual({ data: { registerAgent: { id: 'agent-1', name: 'Ada', status: 'OFFLINE', queueIds: ['q-1'] } } });

    const online = await server.request(SET_STATUS, { id: 'agent-1', status: 'ONLINE' }, token);
    expect(online).toEqual({ data: { setAgentStatus: { id: 'agent-1', status: 'ONLINE' } } });

    const opened = await server.request(OPEN, { input: { conversationId: 'c-1', queueId: 'q-1', channel: 'whatsapp' } }, token);
    expect(opened).toEqual({ data: { openConversation: { id: 'c-1', queueId: 'q-1', status: 'QUEUED' } } });
  });

  it('pushes queueUpdated and conversationUpdated once the projector process committed the change', async () => {
    const client: Client = server.wsClient(token);
    const queue = subscribe(client, `subscription { queueUpdated(queueId: "q-live") { queueId queued } }`);
    const conversation = subscribe(client, `subscription { conversationUpdated(queueId: "q-live") { id status } }`);
    try {
      await untilSubscriptions(server, 2);
      await server.request(OPEN, { input: { conversationId: 'c-live', queueId: 'q-live', channel: 'web' } }, token);

      await expect(queue.nextMatching((m) => m.data?.queueUpdated !== undefined)).resolves.toEqual({
        data: { queueUpdated: { queueId: 'q-live', queued: 1 } },
      });
      await expect(conversation.nextMatching((m) => m.data?.conversationUpdated !== undefined)).resolves.toEqual({
        data: { conversationUpdated: { id: 'c-live', status: 'QUEUED' } },
      });
    } finally {
      queue.stop();
      conversation.stop();
      await client.dispose();
    }
  });

  it('loses and duplicates nothing when killed with SIGKILL mid-stream and restarted', async () => {
    const total = 20;
    const opens = Array.from({ length: total }, (_, i) =>
      server.request(OPEN, { input: { conversationId: `c-${i}`, queueId: 'q-crash', channel: 'web' } }, token),
    );
    await Promise.race(opens);
    await projector.stop('SIGKILL');
    // Every command was appended; those the dead projector had not projected give up waiting for the read model.
    await Promise.all(opens);

    projector = await ProjectorProcess.start(sqlitePath());
    await eventually(async () => {
      const page = await server.request<{ conversations: { totalCount: number } }>(IN_QUEUE, { q: 'q-crash' }, token);
      return page.data?.conversations.totalCount === total;
    }, CATCH_UP_TIMEOUT_MS, () => projector.output);

    const queues = await server.request<{ queues: Array<{ queueId: string; queued: number }> }>(QUEUE, {}, token);
    expect(queues.data?.queues).toEqual([{ queueId: 'q-crash', queued: total }]);
    const page = await server.request<{ conversations: { nodes: Array<{ id: string }> } }>(IN_QUEUE, { q: 'q-crash' }, token);
    expect(page.data?.conversations.nodes.map((c) => c.id).sort()).toEqual(Array.from({ length: total }, (_, i) => `c-${i}`).sort());
  }, 60_000);

  it('stops on SIGTERM, releasing its projections to the next projector at once', async () => {
    expect(await projector.stop('SIGTERM')).toEqual({ code: null, signal: 'SIGTERM' });
    expect(projector.output).toContain('stopped on SIGTERM');

    projector = await ProjectorProcess.start(sqlitePath());
    const opened = await server.request(OPEN, { input: { conversationId: 'c-after', queueId: 'q-1', channel: 'web' } }, token);
    expect(opened).toEqual({ data: { openConversation: { id: 'c-after', queueId: 'q-1', status: 'QUEUED' } } });
  });
});
