import { Role, ROLES } from '../api/types';

/** A session as the console reads it from a token's claims (no DOM: the console's unit tests import it). */
export interface Session {
  token: string;
  userId: string;
  tenant: string;
  roles: Role[];
  /** Seconds since the epoch, from the token's `exp`. */
  expiresAt?: number;
  /** `dev`: from dev sign-in, so a fresh token can be fetched when this one expires; `pasted`: the user's own. */
  source: SessionSource;
}

export type SessionSource = 'dev' | 'pasted';

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * Reads the claims to decide what to show. The console does not verify the signature: the api does, on every
 * request, and a refused token signs the user out.
 */
export function sessionFromToken(raw: string, source: SessionSource = 'pasted'): Session | null {
  const token = raw.trim().replace(/^Bearer\s+/i, '');
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const claims = decodeSegment(parts[1]) as { sub?: unknown; tenant?: unknown; roles?: unknown; exp?: unknown };
    if (typeof claims.sub !== 'string' || typeof claims.tenant !== 'string' || !Array.isArray(claims.roles)) return null;
    const roles = claims.roles.filter((role): role is Role => (ROLES as readonly unknown[]).includes(role));
    const expiresAt = typeof claims.exp === 'number' ? claims.exp : undefined;
    if (expiresAt !== undefined && expiresAt * 1000 <= Date.now()) return null;
    return { token, userId: claims.sub, tenant: claims.tenant, roles, expiresAt, source };
  } catch {
    return null;
  }
}
