/** The variables of the request limits, the management port and the rate limits (read by config.ts). */
export const LIMITS_VARIABLES = [
  'GRAPHQL_INTROSPECTION',
  'MANAGEMENT_PORT',
  'METRICS_TOKEN',
  'RATE_LIMIT_PER_MINUTE',
  'RATE_LIMIT_PER_ADDRESS_PER_MINUTE',
  'WS_MAX_SUBSCRIPTIONS',
  'HTTP_REQUEST_TIMEOUT_MS',
] as const;

type LimitsVariable = (typeof LIMITS_VARIABLES)[number];

export interface LimitsConfig {
  /** Introspection and "did you mean" suggestions; off in production unless GRAPHQL_INTROSPECTION=true. */
  introspection: boolean;
  /** When set, /metrics and the detailed readiness are served on this port only. */
  managementPort: number | null;
  /** Without a management port, the bearer token /metrics and the readiness details ask for in production. */
  metricsToken: string | null;
  /** Requests (HTTP requests, graphql-ws operations) per minute per bearer token; 0 turns the limit off. */
  ratePerTokenPerMinute: number;
  /** Requests per minute per client address; 0 turns the limit off. */
  ratePerAddressPerMinute: number;
  /** Operations one graphql-ws socket may have running at once. */
  maxSubscriptionsPerSocket: number;
  /** How long a request (headers and body) may take to arrive. */
  requestTimeoutMs: number;
}

export interface LimitsReaders {
  integer(name: LimitsVariable, fallback: number, min: number, max: number): number;
  text(name: LimitsVariable): string | undefined;
  oneOf<T extends string>(name: LimitsVariable, allowed: readonly T[], fallback: T): T;
  production: boolean;
}

/** Generous enough for a busy console behind one address; tests and benchmarks that measure speed set 0. */
const DEFAULT_RATE_PER_TOKEN = 1200;
const DEFAULT_RATE_PER_ADDRESS = 6000;
const DEFAULT_MAX_SUBSCRIPTIONS = 50;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const MAX_PER_MINUTE = 1_000_000;

export function loadLimits(readers: LimitsReaders): LimitsConfig {
  const managementPort = readers.integer('MANAGEMENT_PORT', 0, 0, 65535);
  return {
    introspection: readers.oneOf('GRAPHQL_INTROSPECTION', ['true', 'false'], readers.production ? 'false' : 'true') === 'true',
    managementPort: managementPort === 0 ? null : managementPort,
    metricsToken: readers.text('METRICS_TOKEN') ?? null,
    ratePerTokenPerMinute: readers.integer('RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_PER_TOKEN, 0, MAX_PER_MINUTE),
    ratePerAddressPerMinute: readers.integer('RATE_LIMIT_PER_ADDRESS_PER_MINUTE', DEFAULT_RATE_PER_ADDRESS, 0, MAX_PER_MINUTE),
    maxSubscriptionsPerSocket: readers.integer('WS_MAX_SUBSCRIPTIONS', DEFAULT_MAX_SUBSCRIPTIONS, 1, 10_000),
    requestTimeoutMs: readers.integer('HTTP_REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS, 1000, 600_000),
  };
}
