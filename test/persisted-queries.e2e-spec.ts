import { createHash } from 'node:crypto';
import { TestServer } from './support/test-server';

const QUERY = 'query { transferReasons { id } }';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('automatic persisted queries', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await TestServer.start();
    token = await server.token('sup-1', ['SUPERVISOR']);
  });
  afterAll(() => server.stop());

  async function post(body: Record<string, unknown>): Promise<{ status: number; body: any }> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  it('refuses a hash that does not match the query with 400 BAD_REQUEST, not an internal error', async () => {
    const answer = await post({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }),
    ]);
  });

  it('refuses an unsupported persisted-query version with 400 BAD_REQUEST', async () => {
    const answer = await post({ query: QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } } });

    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('registers a query under its hash and then runs it by the hash alone', async () => {
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await post({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } });
    expect(registered).toEqual({ status: 200, body: { data: { transferReasons: [] } } });

    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } });
    expect(byHash).toEqual({ status: 200, body: { data: { transferReasons: [] } } });
  });
});
