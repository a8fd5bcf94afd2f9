import { AuthConfig } from '@handoff/platform';
import { createRemoteJWKSet, errors, jwtVerify, JWTVerifyGetKey } from 'jose';
import { Caller } from './caller';
import { callerFromClaims, lifetimeProblem } from './token-claims';

const SHARED_SECRET_ALGORITHM = 'HS256';
const IDENTITY_PROVIDER_ALGORITHMS = ['RS256', 'ES256'];

/**
 * Verifies `Authorization: Bearer <JWT>` into a caller: HS256 with AUTH_JWT_SECRET and/or RS256/ES256 with the
 * identity provider's key set (AUTH_JWKS_URL); only those algorithms, so `alg: none` and forged tokens fail.
 */
export class TokenVerifier {
  private readonly algorithms: string[];
  private readonly keyFor: JWTVerifyGetKey;

  constructor(
    private readonly config: AuthConfig,
    private readonly now: () => number = Date.now,
  ) {
    const secret = config.hs256Secret === null ? null : new TextEncoder().encode(config.hs256Secret);
    const keySet = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
    this.algorithms = [...(secret ? [SHARED_SECRET_ALGORITHM] : []), ...(keySet ? IDENTITY_PROVIDER_ALGORITHMS : [])];
    // jose checks the header's alg against `algorithms` before asking for a key, so each branch sees only its own.
    this.keyFor = (header, token) => (header.alg === SHARED_SECRET_ALGORITHM ? secret! : keySet!(header, token));
  }

  async verify(authorization: unknown): Promise<Caller> {
    if (typeof authorization !== 'string' || authorization.length === 0) return { actor: null, problem: 'missing bearer token' };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return { actor: null, problem: 'malformed authorization header' };
    try {
      const { payload } = await jwtVerify(match[1], this.keyFor, {
        algorithms: this.algorithms,
        requiredClaims: ['exp'],
        currentDate: new Date(this.now()),
        ...(this.config.issuer ? { issuer: this.config.issuer } : {}),
        ...(this.config.audience ? { audience: this.config.audience } : {}),
      });
      const problem = lifetimeProblem(payload, Math.floor(this.now() / 1000), this.config.maxTokenAgeSeconds);
      return problem ? { actor: null, problem } : callerFromClaims(payload);
    } catch (error) {
      return { actor: null, problem: error instanceof errors.JWTExpired ? 'token expired' : 'invalid token' };
    }
  }
}
