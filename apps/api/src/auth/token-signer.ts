import { Role } from '@handoff/domain';
import { SignJWT } from 'jose';

/** Mints HS256 tokens with `iat` and `exp` (npm run token, the console's dev sign-in, the tests' TestServer.token). */
export async function signToken(
  secret: string,
  claims: { sub: string; tenant: string; roles: Role[] },
  expiresIn = '1h',
): Promise<string> {
  return new SignJWT({ tenant: claims.tenant, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
