import { Session, sessionFromToken } from '../apps/console/src/auth/session-token';
import { closedForToken, renewedSession } from '../apps/console/src/auth/token-renewal';

/** The console's answer to the api closing its socket at the token's exp (pure; the server side is socket-expiry.e2e). */
const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const tokenFor = (sub: string, exp: number): string =>
  `${segment({ alg: 'HS256' })}.${segment({ sub, tenant: 'acme', roles: ['AGENT'], exp })}.signature`;
const inAnHour = (): number => Math.floor(Date.now() / 1000) + 3600;

const devSession = sessionFromToken(tokenFor('agent-b', inAnHour()), 'dev') as Session;
const pastedSession = sessionFromToken(tokenFor('agent-b', inAnHour())) as Session;

describe('console token renewal', () => {
  it.each([
    [4403, true],
    [4401, true],
    [1006, false],
    [1000, false],
    [4500, false],
  ])('treats a close with code %p as about the token: %p', (code, expected) => {
    expect(closedForToken({ code, reason: '' })).toBe(expected);
  });

  it('treats an error that is not a close event as not about the token', () => {
    expect(closedForToken(new Error('network down'))).toBe(false);
    expect(closedForToken(null)).toBe(false);
  });

  it('fetches a fresh dev token for the same user, tenant and roles', async () => {
    const asked: unknown[] = [];
    const fresh = tokenFor('agent-b', inAnHour() + 60);
    const next = await renewedSession(devSession, async (...args) => {
      asked.push(args);
      return fresh;
    });
    expect(asked).toEqual([['acme', 'agent-b', ['AGENT']]]);
    expect(next).toMatchObject({ token: fresh, userId: 'agent-b', source: 'dev' });
  });

  it('asks to sign in again (null) for a pasted token, without fetching anything', async () => {
    const fetchToken = jest.fn();
    expect(await renewedSession(pastedSession, fetchToken)).toBeNull();
    expect(fetchToken).not.toHaveBeenCalled();
  });

  it('asks to sign in again when dev sign-in fails or returns no usable token', async () => {
    expect(await renewedSession(devSession, () => Promise.reject(new Error('HTTP 404')))).toBeNull();
    expect(await renewedSession(devSession, async () => tokenFor('agent-b', 1000))).toBeNull();
  });
});
