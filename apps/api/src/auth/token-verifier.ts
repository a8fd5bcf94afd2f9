import { Actor, Role, ROLES, TENANT_ID_PATTERN } from '@handoff/domain';
import { errors, jwtVerify } from 'jose';
import { Caller } from './caller';

const ALGORITHM = 'HS256';

/** Verifies `Authorization: Bearer <JWT>` (HS256 only, so `alg: none` and forged tokens fail) into a caller. */
export class TokenVerifier {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async verify(authorization: unknown): Promise<Caller> {
    if (typeof authorization !== 'string' || authorization.length === 0) return { actor: null, problem: 'missing bearer token' };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return { actor: null, problem: 'malformed authorization header' };
    try {
      const { payload } = await jwtVerify(match[1], this.key, { algorithms: [ALGORITHM] });
      return toCaller(payload);
    } catch (error) {
      return { actor: null, problem: error instanceof errors.JWTExpired ? 'token expired' : 'invalid token' };
    }
  }
}

function toCaller(claims: Record<string, unknown>): Caller {
  const { sub, tenant, roles } = claims;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 128) return { actor: null, problem: 'token has no valid sub' };
  if (typeof tenant !== 'string' || !TENANT_ID_PATTERN.test(tenant)) return { actor: null, problem: 'token has no valid tenant' };
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => ROLES.includes(r as Role))) {
    return { actor: null, problem: 'token has no valid roles' };
  }
  const actor: Actor = { id: sub, tenantId: tenant, roles: roles as Role[] };
  return { actor };
}
