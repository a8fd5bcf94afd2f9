import { Actor, BadInput, checkUserId, Role, ROLES, TENANT_ID_PATTERN, TokenRole } from '@handoff/domain';
import { Caller } from './caller';

/** How far a token's `iat` may be ahead of our clock (the identity provider's clock may run a little fast). */
export const CLOCK_SKEW_SECONDS = 60;

/** Why a signed token's lifetime is refused, or null: it must expire, not be issued in the future, nor live too long. */
export function lifetimeProblem(claims: Record<string, unknown>, nowSeconds: number, maxAgeSeconds: number): string | null {
  const { exp, iat } = claims;
  if (typeof exp !== 'number') return 'token has no exp';
  if (iat !== undefined && typeof iat !== 'number') return 'token has an invalid iat';
  if (typeof iat === 'number' && iat > nowSeconds + CLOCK_SKEW_SECONDS) return 'token is issued in the future';
  const issuedAt = typeof iat === 'number' ? iat : nowSeconds;
  if (exp - issuedAt > maxAgeSeconds) return 'token lives longer than allowed';
  return null;
}

/** The caller a verified token names: `sub` follows DESIGN's id rules (and is not `system`), `tenant` the tenant pattern. */
export function callerFromClaims(claims: Record<string, unknown>): Caller {
  const { sub, tenant, roles, exp } = claims;
  try {
    checkUserId('sub', sub);
  } catch (error) {
    return { actor: null, problem: error instanceof BadInput ? 'token has no valid sub' : 'invalid token' };
  }
  if (typeof tenant !== 'string' || !TENANT_ID_PATTERN.test(tenant)) return { actor: null, problem: 'token has no valid tenant' };
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => ROLES.includes(r as TokenRole))) {
    return { actor: null, problem: 'token has no valid roles' };
  }
  const actor: Actor = { id: sub as string, tenantId: tenant, roles: roles as Role[] };
  return { actor, expiresAt: (exp as number) * 1000 };
}
