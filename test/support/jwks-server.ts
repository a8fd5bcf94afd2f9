import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface SigningKey {
  alg: 'RS256' | 'ES256';
  kid: string;
  privateKey: KeyLike;
}

/** An identity provider's key set served over real HTTP on 127.0.0.1, as AUTH_JWKS_URL expects it. */
export class JwksServer {
  private constructor(private readonly server: Server, readonly url: string) {}

  static async start(keys: KeyPair[]): Promise<JwksServer> {
    const body = JSON.stringify({ keys: await Promise.all(keys.map(async (key) => ({ ...(await exportJWK(key.publicKey)), kid: key.kid, alg: key.alg, use: 'sig' }))) });
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/jwk-set+json' });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new JwksServer(server, `http://127.0.0.1:${port}/.well-known/jwks.json`);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export type KeyPair = SigningKey & { publicKey: KeyLike };

export async function signingKey(alg: 'RS256' | 'ES256', kid: string): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { alg, kid, privateKey, publicKey };
}

export function signWith(key: SigningKey, claims: { iss?: string; aud?: string; sub?: string }): Promise<string> {
  const jwt = new SignJWT({ tenant: 'acme', roles: ['SUPERVISOR'] })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setSubject(claims.sub ?? 'sup-1')
    .setIssuedAt()
    .setExpirationTime('1h');
  if (claims.iss) jwt.setIssuer(claims.iss);
  if (claims.aud) jwt.setAudience(claims.aud);
  return jwt.sign(key.privateKey);
}
