import { errorOf, ok } from './support/fixtures';
import { JwksServer, KeyPair, signingKey, signWith } from './support/jwks-server';
import { TestServer } from './support/test-server';

const ISSUER = 'https://idp.example.test/';
const AUDIENCE = 'handoff-api';
const QUEUES = '{ queues { queueId } }';
const REGISTER = 'mutation { registerAgent(input: { id: "intruder", name: "Intruder", queueIds: ["q1"] }) { id } }';

describe('tokens of an identity provider (AUTH_JWKS_URL) in production', () => {
  let jwks: JwksServer;
  let server: TestServer;
  let rsa: KeyPair;
  let ec: KeyPair;
  let impostor: KeyPair;

  beforeAll(async () => {
    rsa = await signingKey('RS256', 'rsa-1');
    ec = await signingKey('ES256', 'ec-1');
    impostor = await signingKey('RS256', 'rsa-1');
    jwks = await JwksServer.start([rsa, ec]);
    // No AUTH_JWT_SECRET: the key set alone lets a production server start.
    server = await TestServer.start({ env: { NODE_ENV: 'production', AUTH_JWKS_URL: jwks.url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE } });
  });
  afterAll(async () => {
    await server?.stop();
    await jwks?.stop();
  });

  it.each([['RS256', () => rsa], ['ES256', () => ec]])('accepts a %s token signed with a key of the set', async (_alg, key) => {
    const token = await signWith(key(), { iss: ISSUER, aud: AUDIENCE });
    expect(ok(await server.request(QUEUES, {}, token))).toEqual({ queues: [] });
  });

  it.each([
    ['another issuer', () => signWith(rsa, { iss: 'https://evil.example.test/', aud: AUDIENCE })],
    ['no issuer', () => signWith(rsa, { aud: AUDIENCE })],
    ['another audience', () => signWith(ec, { iss: ISSUER, aud: 'some-other-api' })],
    ['a key outside the set (same kid)', () => signWith(impostor, { iss: ISSUER, aud: AUDIENCE })],
    ['an HS256 token signed with the development secret', () => server.token('sup-1', ['SUPERVISOR'])],
  ])('refuses a token with %s with UNAUTHENTICATED and writes nothing', async (_what, token) => {
    expect(errorOf(await server.request(REGISTER, {}, await token())).code).toBe('UNAUTHENTICATED');
    const admin = await signWith(rsa, { iss: ISSUER, aud: AUDIENCE, sub: 'admin-1' });
    expect(ok(await server.request('{ agents { id } }', {}, admin))).toEqual({ agents: [] });
  });
});
