import { Client, createClient } from 'graphql-ws';
import { ChildProcess } from 'node:child_process';
import WebSocket from 'ws';
import { signToken } from '../../apps/api/src/auth/token-signer';
import { BuiltApi, eventually, freePort, outputOf } from './built-api';
import { GraphQLResponse } from './test-server';
import { TEST_DATA_KEY } from './data-key';

export const API_SECRET = 'api-process-test-secret';

/** In production the metrics and the readiness details are for operators only (METRICS_TOKEN). */
const METRICS_TOKEN = 'metrics-token-of-the-api-process-tests';
const OPERATOR = { headers: { authorization: `Bearer ${METRICS_TOKEN}` } };

/** One compiled api as a child process on a given SQLite file, with its HTTP and graphql-ws endpoints. */
export class ApiProcess {
  private readonly output: ReturnType<typeof outputOf>;

  private constructor(readonly name: string, readonly child: ChildProcess, readonly baseUrl: string) {
    this.output = outputOf(child);
  }

  static async start(api: BuiltApi, name: string, sqlitePath: string, cwd: string, env: Record<string, string> = {}): Promise<ApiProcess> {
    const port = await freePort();
    const child = api.spawn({ SQLITE_PATH: sqlitePath, PORT: String(port), AUTH_JWT_SECRET: API_SECRET, NODE_ENV: 'production', DATA_KEY: TEST_DATA_KEY, METRICS_TOKEN, LOG_LEVEL: 'info', ...env }, cwd);
    const process = new ApiProcess(name, child, `http://127.0.0.1:${port}`);
    await eventually(async () => {
      if (process.exitCode !== null) throw new Error(`${name} exited with ${process.exitCode}: ${process.stderr()}`);
      return (await fetch(`${process.baseUrl}/health/live`).catch(() => null))?.status === 200;
    }, 30_000, `${name} to listen`);
    return process;
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  get exited(): Promise<number | null> {
    return this.output.exit;
  }

  stdout(): string {
    return this.output.stdout();
  }

  stderr(): string {
    return this.output.stderr();
  }

  token(sub: string, roles: Array<'SUPERVISOR' | 'ADMIN' | 'AGENT'>): Promise<string> {
    return signToken(API_SECRET, { sub, tenant: 'acme', roles });
  }

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResponse<T> & { extensions?: Record<string, unknown> }> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  async ready(): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.baseUrl}/health/ready`, OPERATOR);
    return { status: response.status, body: await response.json() };
  }

  /** The subscriptions the server holds open (its /metrics gauge): a barrier before sending what they should see. */
  async activeSubscriptions(): Promise<number> {
    const metrics = await (await fetch(`${this.baseUrl}/metrics`, OPERATOR)).text();
    const line = metrics.split('\n').find((l) => l.startsWith('handoff_active_subscriptions '));
    return line ? Number(line.split(' ')[1]) : 0;
  }

  wsClient(token: string): Client {
    return createClient({
      url: `${this.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      // A process the test kills drops its connections: that reaches each subscription's error sink, not the console.
      onNonLazyError: () => undefined,
    });
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.output.exit;
  }
}
