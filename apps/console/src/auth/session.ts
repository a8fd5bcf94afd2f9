import { Role } from '../api/types';
import { Session, sessionFromToken } from './session-token';

export { sessionFromToken, type Session, type SessionSource } from './session-token';

/** sessionStorage: the token lives as long as the tab, is never shared with other tabs and never in a URL. */
const STORAGE_KEY = 'handoff.token';
const SOURCE_KEY = 'handoff.token-source';

export function loadSession(): Session | null {
  const token = sessionStorage.getItem(STORAGE_KEY);
  return token ? sessionFromToken(token, sessionStorage.getItem(SOURCE_KEY) === 'dev' ? 'dev' : 'pasted') : null;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, session.token);
  sessionStorage.setItem(SOURCE_KEY, session.source);
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  sessionStorage.removeItem(SOURCE_KEY);
}

export function hasRole(session: Session, ...roles: Role[]): boolean {
  return session.roles.some((role) => roles.includes(role));
}

export const DEV_TOKEN_PATH = '/dev/token';

/** Dev sign-in: the api offers /dev/token only outside production; a 404 means it is not available. */
export async function devSignInAvailable(): Promise<boolean> {
  try {
    const response = await fetch(DEV_TOKEN_PATH);
    return response.ok;
  } catch {
    return false;
  }
}

export async function devToken(tenant: string, sub: string, roles: Role[]): Promise<string> {
  const response = await fetch(DEV_TOKEN_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant, sub, roles }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; message?: string | string[] };
  if (!response.ok || !body.token) throw new Error(Array.isArray(body.message) ? body.message.join(', ') : (body.message ?? `HTTP ${response.status}`));
  return body.token;
}
