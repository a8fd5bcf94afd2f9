import { Session, sessionFromToken } from './session-token';

/** graphql-ws close codes for a token the api no longer accepts (4403: expired at `exp`; 4401: refused). */
export const TOKEN_CLOSE_CODES: readonly number[] = [4401, 4403];

/** True for a socket close that retrying with the same token cannot mend. */
export function closedForToken(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  return typeof code === 'number' && TOKEN_CLOSE_CODES.includes(code);
}

type FetchToken = (tenant: string, sub: string, roles: Session['roles']) => Promise<string>;

/**
 * After the api closed the socket for its token: a dev sign-in session gets a fresh token for the same user; a
 * pasted token cannot be renewed here, so the user is asked to sign in again (null).
 */
export async function renewedSession(session: Session, fetchToken: FetchToken): Promise<Session | null> {
  if (session.source !== 'dev') return null;
  try {
    return sessionFromToken(await fetchToken(session.tenant, session.userId, session.roles), 'dev');
  } catch {
    return null;
  }
}
