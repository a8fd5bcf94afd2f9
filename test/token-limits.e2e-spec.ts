import { SignJWT } from 'jose';
import { errorOf, ok } from './support/fixtures';
import { NOTHING_WRITTEN, PRODUCTION_SECRET, startProductionServer, writtenSoFar } from './support/production-server';
import { TestServer } from './support/test-server';

const REGISTER = 'mutation { registerAgent(input: { id: "intruder", name: "Intruder", queueIds: ["q1"] }) { id } }';
const HOUR = 3600;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const now = (): number => Math.floor(Date.now() / 1000);

/** A token signed with the server's real secret, with exactly the claims given (no defaults for iat or exp). */
function signed(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT({ sub: 'sup-1', tenant: 'acme', roles: ['SUPERVISOR'], ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(PRODUCTION_SECRET));
}

describe('token lifetime and subject in production', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startProductionServer();
  });
  afterAll(() => server.stop());

  it.each([
    ['has no exp', () => ({ iat: now() })],
    ['expires a century from now', () => ({ iat: now(), exp: now() + 100 * YEAR })],
    ['has no iat and expires in two days', () => ({ exp: now() + 2 * DAY })],
    ['is issued a year in the future', () => ({ iat: now() + YEAR, exp: now() + YEAR + HOUR })],
    ['names a subject with a control character', () => ({ sub: 'sup\u00001', iat: now(), exp: now() + HOUR })],
    ['names a subject with a bidi override', () => ({ sub: 'sup\u202E1', iat: now(), exp: now() + HOUR })],
    ['names a zero-width subject', () => ({ sub: '\u200B', iat: now(), exp: now() + HOUR })],
    ['claims to be the system actor', () => ({ sub: 'system', iat: now(), exp: now() + HOUR })],
  ])('refuses a token that %s with UNAUTHENTICATED and writes nothing', async (_what, claims) => {
    const token = await signed(claims());
    expect(errorOf(await server.request(REGISTER, {}, token)).code).toBe('UNAUTHENTICATED');
    expect(await writtenSoFar(server)).toEqual(NOTHING_WRITTEN);
  });

  it('accepts a token of 24 hours, and one with no iat that expires within 24 hours', async () => {
    expect(ok(await server.request('{ queues { queueId } }', {}, await signed({ iat: now(), exp: now() + DAY })))).toEqual({ queues: [] });
    expect(ok(await server.request('{ queues { queueId } }', {}, await signed({ exp: now() + HOUR })))).toEqual({ queues: [] });
  });

  it('accepts an iat a few seconds ahead of its clock (clock skew)', async () => {
    expect(ok(await server.request('{ queues { queueId } }', {}, await signed({ iat: now() + 5, exp: now() + HOUR })))).toEqual({ queues: [] });
  });
});

describe('AUTH_MAX_TOKEN_AGE', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startProductionServer({ AUTH_MAX_TOKEN_AGE: '1h' });
  });
  afterAll(() => server.stop());

  it('refuses a token that lives longer than the configured age', async () => {
    const token = await signed({ iat: now(), exp: now() + 2 * HOUR });
    expect(errorOf(await server.request(REGISTER, {}, token)).code).toBe('UNAUTHENTICATED');
    expect(await writtenSoFar(server)).toEqual(NOTHING_WRITTEN);
  });
});
