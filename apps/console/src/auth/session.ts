import { Role, ROLES } from '../api/types';

export interface Session {
  token: string;
  userId: string;
  tenant: string;
  roles: Role[];
  /** Seconds since the epoch, from the token's `exp`. */
  expiresAt?: number;
}

/** sessionStorage: the token lives as long as the tab, is never shared with other tabs and never in a URL. */
const STORAGE_KEY = 'handoff.token';

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * Reads the claims to decide what to show. The console does not verify the signature: the api does, on every
 * request, and a refused token signs the user out.
 */
export function sessionFromToken(raw: string): Session | null {
  const token = raw.trim().replace(/^Bearer\s+/i, '');
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const claims = decodeSegment(parts[1]) as { sub?: unknown; tenant?: unknown; roles?: unknown; exp?: unknown };
    if (typeof claims.sub !== 'string' || typeof claims.tenant !== 'string' || !Array.isArray(claims.roles)) return null;
    const roles = claims.roles.filter((role): role is Role => ROLES.includes(role as Role));
    const expiresAt = typeof claims.exp === 'number' ? claims.exp : undefined;
    if (expiresAt !== undefined && expiresAt * 1000 <= Date.now()) return null;
    return { token, userId: claims.sub, tenant: claims.tenant, roles, expiresAt };
  } catch {
    return null;
  }
}

export function loadSession(): Session | null {
  const token = sessionStorage.getItem(STORAGE_KEY);
  return token ? sessionFromToken(token) : null;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, session.token);
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
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
