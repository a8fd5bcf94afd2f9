import 'reflect-metadata';
import { Role } from '@handoff/domain';
import { AppConfig, DEV_JWT_SECRET, loadConfig } from '@handoff/platform';
import { INestApplication } from '@nestjs/common';
import { createClient, Client } from 'graphql-ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createApp } from '../../apps/api/src/bootstrap';
import { signToken } from '../../apps/api/src/auth/token-signer';
import { TEST_DATA_KEY } from './data-key';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: string[] }>;
}

/** The real api on a free port over a temporary SQLite file: real HTTP, real graphql-ws, no mocks. */
/** Production needs a DATA_KEY; development servers keep the development key, as the child processes they share files with do. */
const productionDataKey = (env: Record<string, string> = {}): Record<string, string> =>
  env.NODE_ENV === 'production' ? { DATA_KEY: TEST_DATA_KEY } : {};

export class TestServer {
  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly dataDir: string,
    readonly config: AppConfig,
  ) {}

  static async start(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<TestServer> {
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'handoff-e2e-'));
    const config = loadConfig({ SQLITE_PATH: join(dataDir, 'handoff.db'), PORT: '0', ...productionDataKey(options.env), ...options.env });
    const app = await createApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new TestServer(app, `http://127.0.0.1:${port}/graphql`, dataDir, config);
  }

  get baseUrl(): string {
    return this.url.replace(/\/graphql$/, '');
  }

  async stop(options: { keepData?: boolean } = {}): Promise<void> {
    await this.app.close();
    if (!options.keepData) rmSync(this.dataDir, { recursive: true, force: true });
  }

  token(sub: string, roles: Role[], tenant = 'acme'): Promise<string> {
    return signToken(this.config.jwtSecret, { sub, tenant, roles });
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** A graphql-ws client; `authorization` goes in connectionParams as a browser would send it. */
  wsClient(token?: string): Client {
    return createClient({
      url: this.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
    });
  }
}

/** Collects what a subscription pushes; `next(n)` waits for the n-th message. */
export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): { messages: GraphQLResponse<T>[]; nextMatching: (predicate: (m: GraphQLResponse<T>) => boolean, timeoutMs?: number) => Promise<GraphQLResponse<T>>; stop: () => void } {
  const messages: GraphQLResponse<T>[] = [];
  const waiters: Array<() => void> = [];
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (message) => {
        messages.push(message as GraphQLResponse<T>);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: (error) => {
        messages.push({ errors: [{ message: String(error) }] });
        waiters.splice(0).forEach((wake) => wake());
      },
      complete: () => undefined,
    },
  );
  const nextMatching = async (predicate: (m: GraphQLResponse<T>) => boolean, timeoutMs = 5000): Promise<GraphQLResponse<T>> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching subscription message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  return { messages, nextMatching, stop };
}

export { DEV_JWT_SECRET };
