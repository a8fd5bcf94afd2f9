import type { ConfigVariable } from './config';
import { ConfigError } from './config';

/** How bearer tokens are verified and page cursors signed. */
export interface AuthConfig {
  /** The HS256 secret tokens may be signed with; null in production when only AUTH_JWKS_URL is given. */
  hs256Secret: string | null;
  /** An identity provider's key set (RS256, ES256), fetched and cached. */
  jwksUrl: string | null;
  issuer: string | null;
  audience: string | null;
  /** The longest lifetime (`exp − iat`, or `exp − now` without `iat`) a token may claim. */
  maxTokenAgeSeconds: number;
  /** The key page cursors are signed with; null: derived from the HS256 secret, or per process without one. */
  cursorSecret: string | null;
}

export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 24 * 60 * 60;
const MAX_TOKEN_AGE_CEILING_SECONDS = 30 * 24 * 60 * 60;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `3600`, `90m`, `24h` or `1d`. */
export function parseDurationSeconds(name: string, raw: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw.trim());
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2] || 's'] : NaN;
  if (!Number.isSafeInteger(seconds) || seconds < 1 || seconds > MAX_TOKEN_AGE_CEILING_SECONDS) {
    throw new ConfigError(`${name} must be a duration from 1s to 30d (e.g. 3600, 90m, 24h), got "${raw}"`);
  }
  return seconds;
}

function url(name: string, raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const parsed = new URL(raw);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return parsed.toString();
  } catch {
    // reported below
  }
  throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
}

export function loadAuthConfig(read: (name: ConfigVariable) => string | undefined, production: boolean, devSecret: string): AuthConfig {
  const secret = read('AUTH_JWT_SECRET') || null;
  const jwksUrl = url('AUTH_JWKS_URL', read('AUTH_JWKS_URL'));
  if (production && !secret && !jwksUrl) {
    throw new ConfigError('AUTH_JWT_SECRET or AUTH_JWKS_URL is required when NODE_ENV=production (refusing to start with a development secret)');
  }
  const maxAge = read('AUTH_MAX_TOKEN_AGE');
  return {
    hs256Secret: secret ?? (jwksUrl ? null : devSecret),
    jwksUrl,
    issuer: read('AUTH_ISSUER') || null,
    audience: read('AUTH_AUDIENCE') || null,
    maxTokenAgeSeconds: maxAge ? parseDurationSeconds('AUTH_MAX_TOKEN_AGE', maxAge) : DEFAULT_MAX_TOKEN_AGE_SECONDS,
    cursorSecret: read('CURSOR_SECRET') || null,
  };
}
