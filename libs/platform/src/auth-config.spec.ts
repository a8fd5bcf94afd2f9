import { ConfigError, DEV_JWT_SECRET, loadConfig } from './config';

describe('authentication settings', () => {
  it('defaults to the development secret and a 24 h token age outside production', () => {
    expect(loadConfig({}).auth).toEqual({
      hs256Secret: DEV_JWT_SECRET,
      jwksUrl: null,
      issuer: null,
      audience: null,
      maxTokenAgeSeconds: 24 * 3600,
      cursorSecret: null,
    });
  });

  it('lets production start with an identity provider alone, and then accepts no HS256 token', () => {
    const config = loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example.test/jwks.json', DATA_KEY: '00'.repeat(32) });
    expect(config.auth).toMatchObject({ hs256Secret: null, jwksUrl: 'https://idp.example.test/jwks.json' });
    expect(config.usingDevSecret).toBe(false);
  });

  it('refuses production with neither a secret nor an identity provider', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
  });

  it.each([
    ['3600', 3600],
    ['90m', 5400],
    ['24h', 86400],
    ['1d', 86400],
  ])('reads AUTH_MAX_TOKEN_AGE %s as %p seconds', (raw, seconds) => {
    expect(loadConfig({ AUTH_MAX_TOKEN_AGE: raw }).auth.maxTokenAgeSeconds).toBe(seconds);
  });

  it.each(['0', '-1', '1y', 'forever', '31d'])('refuses AUTH_MAX_TOKEN_AGE %p', (raw) => {
    expect(() => loadConfig({ AUTH_MAX_TOKEN_AGE: raw })).toThrow(ConfigError);
  });

  it('refuses an AUTH_JWKS_URL that is not an http(s) URL', () => {
    expect(() => loadConfig({ AUTH_JWKS_URL: 'file:///etc/jwks.json' })).toThrow(ConfigError);
  });
});
