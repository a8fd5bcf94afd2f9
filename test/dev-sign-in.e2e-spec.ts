import { ensureConsoleBuilt } from './support/console-browser';
import { TestServer } from './support/test-server';

/** The console's dev sign-in endpoint: development only. Needs no browser, so it runs on every machine. */
const TENANT = 'acme';

beforeAll(() => ensureConsoleBuilt(), 120_000);

describe('dev sign-in', () => {
  it('does not exist when NODE_ENV=production', async () => {
    const production = await TestServer.start({ env: { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-production-secret-for-this-test-only' } });
    try {
      const post = await fetch(`${production.baseUrl}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: TENANT, sub: 'x', roles: ['ADMIN'] }),
      });
      expect(post.status).toBe(404);
      expect((await fetch(`${production.baseUrl}/dev/token`)).status).toBe(404);
      expect((await fetch(`${production.baseUrl}/console/`)).status).toBe(200);
    } finally {
      await production.stop();
    }
  });

  it('does not exist on a server given a real secret, even outside production', async () => {
    const configured = await TestServer.start({ env: { AUTH_JWT_SECRET: 'a-real-secret-outside-production' } });
    try {
      expect((await fetch(`${configured.baseUrl}/dev/token`)).status).toBe(404);
    } finally {
      await configured.stop();
    }
  });

  it('refuses an unknown role in development', async () => {
    const server = await TestServer.start();
    try {
      const response = await fetch(`${server.baseUrl}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: TENANT, sub: 'x', roles: ['ROOT'] }),
      });
      expect(response.status).toBe(400);
    } finally {
      await server.stop();
    }
  });
});
