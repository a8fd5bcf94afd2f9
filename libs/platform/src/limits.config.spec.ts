import { ConfigError, loadConfig } from './config';

const PRODUCTION = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-real-secret', DATA_KEY: '00'.repeat(32) };

describe('limits configuration', () => {
  it('turns introspection off in production unless GRAPHQL_INTROSPECTION=true', () => {
    expect(loadConfig({}).limits.introspection).toBe(true);
    expect(loadConfig(PRODUCTION).limits.introspection).toBe(false);
    expect(loadConfig({ ...PRODUCTION, GRAPHQL_INTROSPECTION: 'true' }).limits.introspection).toBe(true);
  });

  it('has generous rate limits, a bound on subscriptions per socket and a 30 s request timeout by default', () => {
    expect(loadConfig({}).limits).toEqual({
      introspection: true, managementPort: null, metricsToken: null, ratePerTokenPerMinute: 1200, ratePerAddressPerMinute: 6000,
      maxSubscriptionsPerSocket: 50, requestTimeoutMs: 30_000,
    });
  });

  it.each([
    [{ GRAPHQL_INTROSPECTION: 'yes' }, 'GRAPHQL_INTROSPECTION must be one of true, false, got "yes"'],
    [{ MANAGEMENT_PORT: '70000' }, 'MANAGEMENT_PORT must be a whole number from 0 to 65535, got "70000"'],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 1000000, got "-1"'],
    [{ WS_MAX_SUBSCRIPTIONS: '0' }, 'WS_MAX_SUBSCRIPTIONS must be a whole number from 1 to 10000, got "0"'],
    [{ HTTP_REQUEST_TIMEOUT_MS: '10' }, 'HTTP_REQUEST_TIMEOUT_MS must be a whole number from 1000 to 600000, got "10"'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });
});
