import { Role } from '@handoff/domain';
import { SignJWT } from 'jose';

/** Mints development tokens (npm run token, the console's dev sign-in). */
export async function signToken(
  secret: string,
  claims: { sub: string; tenant: string; roles: Role[] },
  expiresIn = '8h',
): Promise<string> {
  return new SignJWT({ tenant: claims.tenant, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
