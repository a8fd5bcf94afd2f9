import 'reflect-metadata';
import { Actor } from '@handoff/domain';
import { loadConfig } from '@handoff/platform';
import { INestApplication } from '@nestjs/common';
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Pool } from 'undici';
import { signToken } from '../../apps/api/src/auth/token-signer';
import { createApp } from '../../apps/api/src/bootstrap';
import { TENANT } from './event-log';

export const BENCH_SECRET = 'handoff-bench-secret';
export const SUPERVISOR: Actor = { id: 'sup-1', tenantId: TENANT, roles: ['SUPERVISOR'] };

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
const REGISTER_PATHS = join(ROOT, 'scripts', 'register-paths.js');
const READY_TIMEOUT_MS = 60_000;
/** Benchmarks measure speed: the rate limits are off (their defaults would throttle one client's thousands of requests). */
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0' };

/** The api inside this process (no HTTP listener): for the in-process figures. */
export async function startInProcess(sqlitePath: string, env: Record<string, string> = {}): Promise<INestApplication> {
  const config = loadConfig({ SQLITE_PATH: sqlitePath, PORT: '0', LOG_LEVEL: 'silent', AUTH_JWT_SECRET: BENCH_SECRET, ...UNLIMITED, ...env });
  const app = await createApp(config, { logger: false });
  await app.init();
  return app;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The built api (dist/apps/api/src/main.js) in its own process, silent, on a free port. */
export class SpawnedServer {
  private constructor(private readonly child: ChildProcess, readonly url: string) {}

  static async start(sqlitePath: string, cwd: string, env: Record<string, string> = {}): Promise<SpawnedServer> {
    const port = await freePort();
    // BENCH_SERVER_NODE_OPTIONS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server process.
    const nodeOptions = process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeOptions, '-r', REGISTER_PATHS, MAIN], {
      cwd,
      env: { PATH: process.env.PATH ?? '', SQLITE_PATH: sqlitePath, PORT: String(port), LOG_LEVEL: 'silent', AUTH_JWT_SECRET: BENCH_SECRET, ...UNLIMITED, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const server = new SpawnedServer(child, `http://127.0.0.1:${port}`);
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the api exited with code ${child.exitCode}`);
      const status = await fetch(`${server.url}/health/ready`).then((r) => r.status, () => 0);
      if (status === 200) return server;
      if (Date.now() > deadline) throw new Error('the api did not become ready');
      await sleep(100);
    }
  }

  /** The server process's id (to sample its memory). */
  get pid(): number {
    return this.child.pid ?? 0;
  }

  async stop(): Promise<void> {
    // Stopped already: by SIGTERM it has a signalCode and no exitCode.
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

export function supervisorToken(): Promise<string> {
  return signToken(BENCH_SECRET, { sub: SUPERVISOR.id, tenant: TENANT, roles: ['SUPERVISOR'] });
}

/** GraphQL over HTTP with undici: a pool of keep-alive connections, one per concurrent client. */
export class GraphQLClient {
  private readonly pool: Pool;

  constructor(baseUrl: string, private readonly token: string, connections: number) {
    this.pool = new Pool(baseUrl, { connections, pipelining: 1 });
  }

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.pool.request({
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.body.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
