import { TestServer } from './test-server';

/** The secret of the production-mode servers these tests start (a real one, not the development default). */
export const PRODUCTION_SECRET = 'a-production-secret-for-the-security-tests';

/** The api as it runs in production: NODE_ENV=production and a real AUTH_JWT_SECRET, plus any extra settings. */
export function startProductionServer(env: Record<string, string> = {}): Promise<TestServer> {
  return TestServer.start({ env: { NODE_ENV: 'production', AUTH_JWT_SECRET: PRODUCTION_SECRET, ...env } });
}

/** What the tenant's log shows through the api: agents and reasons (every attack here tries to write one). */
export async function writtenSoFar(server: TestServer, tenant = 'acme'): Promise<unknown> {
  const admin = await server.token('admin-1', ['ADMIN'], tenant);
  const response = await server.request('{ agents { id } transferReasons(includeInactive: true) { id } conversations { totalCount } }', {}, admin);
  return response.data;
}

export const NOTHING_WRITTEN = { agents: [], transferReasons: [], conversations: { totalCount: 0 } };
