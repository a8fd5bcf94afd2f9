import { DEFAULT_SQLITE_PATH } from '@handoff/event-store';
import { AuthConfig, loadAuthConfig } from './auth-config';
import { DataKeyConfig, loadDataKey } from './data-key.config';
import { LIMITS_VARIABLES, LimitsConfig, loadLimits } from './limits.config';

/** Configuration from the environment, validated once at start: a bad value stops the process with a clear message. */
export interface AppConfig {
  port: number;
  production: boolean;
  eventStore: { kind: 'sqlite'; path: string } | { kind: 'eventstoredb'; connectionString: string };
  readStore: { kind: 'sqlite'; path: string } | { kind: 'mongodb'; url: string };
  projector: 'inline' | 'off';
  /** AUTO routing and the routing timers, run where the projector runs (the api with PROJECTOR=inline, else apps/projector). */
  routing: 'on' | 'off';
  jwtSecret: string;
  /** True when no AUTH_JWT_SECRET was given and the documented development secret is in use. */
  usingDevSecret: boolean;
  auth: AuthConfig;
  /** /health/ready fails when a projection is further behind the log than this many events. */
  readyMaxLag: number;
  /** How long a mutation waits for the read model to show its own events. */
  readYourWritesTimeoutMs: number;
  /** How long a projector's hold on a projection lasts unless renewed: the take-over time after a crash. */
  projectorLeaseTtlMs: number;
  logLevel: string;
  /** Request limits, management port, metrics token and rate limits (see limits.config.ts). */
  limits: LimitsConfig;
  /** DATA_KEY: wraps the data keys of contact names and notes (see data-key.config.ts). */
  dataKey: DataKeyConfig;
}

export class ConfigError extends Error {}

/** Every environment variable loadConfig reads (deployment files are checked against this list). */
export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'EVENT_STORE',
  'EVENTSTORE_CONNECTION_STRING',
  'READ_STORE',
  'MONGODB_URL',
  'SQLITE_PATH',
  'PROJECTOR',
  'ROUTING',
  'AUTH_JWT_SECRET',
  'AUTH_JWKS_URL',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'AUTH_MAX_TOKEN_AGE',
  'CURSOR_SECRET',
  'READY_MAX_LAG',
  'READ_YOUR_WRITES_TIMEOUT_MS',
  'PROJECTOR_LEASE_TTL_MS',
  'LOG_LEVEL',
  'DATA_KEY',
  ...LIMITS_VARIABLES,
] as const;

export type ConfigVariable = (typeof CONFIG_VARIABLES)[number];

/** Development only: documented so that `npm run token` and the console work out of the box. Never in production. */
export const DEV_JWT_SECRET = 'handoff-development-secret-do-not-use-in-production';

const DEFAULT_PORT = 4000;
const DEFAULT_READY_MAX_LAG = 1000;
const DEFAULT_READ_YOUR_WRITES_MS = 5000;
const DEFAULT_PROJECTOR_LEASE_TTL_MS = 15_000;

/** Every read goes through here, so a variable missing from CONFIG_VARIABLES does not compile. */
function read(env: NodeJS.ProcessEnv, name: ConfigVariable): string | undefined {
  return env[name];
}

function integer(env: NodeJS.ProcessEnv, name: ConfigVariable, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: ConfigVariable, allowed: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function required(env: NodeJS.ProcessEnv, name: ConfigVariable, because: string): string {
  const value = read(env, name);
  if (!value) throw new ConfigError(`${name} is required ${because}`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = read(env, 'NODE_ENV') === 'production';
  const sqlitePath = read(env, 'SQLITE_PATH') || DEFAULT_SQLITE_PATH;
  const eventStoreKind = oneOf(env, 'EVENT_STORE', ['sqlite', 'eventstoredb'], 'sqlite');
  const readStoreKind = oneOf(env, 'READ_STORE', ['sqlite', 'mongodb'], 'sqlite');
  const secret = read(env, 'AUTH_JWT_SECRET');
  const auth = loadAuthConfig((name) => read(env, name), production, DEV_JWT_SECRET);
  return {
    port: integer(env, 'PORT', DEFAULT_PORT, 0, 65535),
    production,
    eventStore:
      eventStoreKind === 'sqlite'
        ? { kind: 'sqlite', path: sqlitePath }
        : { kind: 'eventstoredb', connectionString: required(env, 'EVENTSTORE_CONNECTION_STRING', 'when EVENT_STORE=eventstoredb') },
    readStore:
      readStoreKind === 'sqlite'
        ? { kind: 'sqlite', path: sqlitePath }
        : { kind: 'mongodb', url: required(env, 'MONGODB_URL', 'when READ_STORE=mongodb') },
    projector: oneOf(env, 'PROJECTOR', ['inline', 'off'], 'inline'),
    routing: oneOf(env, 'ROUTING', ['on', 'off'], 'on'),
    jwtSecret: secret || DEV_JWT_SECRET,
    usingDevSecret: auth.hs256Secret === DEV_JWT_SECRET,
    auth,
    readyMaxLag: integer(env, 'READY_MAX_LAG', DEFAULT_READY_MAX_LAG, 0, Number.MAX_SAFE_INTEGER),
    readYourWritesTimeoutMs: integer(env, 'READ_YOUR_WRITES_TIMEOUT_MS', DEFAULT_READ_YOUR_WRITES_MS, 0, 600_000),
    projectorLeaseTtlMs: integer(env, 'PROJECTOR_LEASE_TTL_MS', DEFAULT_PROJECTOR_LEASE_TTL_MS, 1000, 600_000),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    limits: loadLimits({
      integer: (name, fallback, min, max) => integer(env, name, fallback, min, max),
      text: (name) => read(env, name) || undefined,
      oneOf: (name, allowed, fallback) => oneOf(env, name, allowed, fallback),
      production,
    }),
    dataKey: loadDataKey(read(env, 'DATA_KEY'), production, (message) => new ConfigError(message)),
  };
}
