import { AppConfig } from '@handoff/platform';
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who may read /metrics and the readiness details on the public port: nobody when a management port serves them;
 * else the bearer of METRICS_TOKEN when one is set; else anyone in development and nobody in production.
 */
export type PublicExposure = 'open' | 'token' | 'hidden';

export function publicExposure(config: AppConfig): PublicExposure {
  if (config.limits.managementPort !== null) return 'hidden';
  if (config.limits.metricsToken) return 'token';
  return config.production ? 'hidden' : 'open';
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

function bearerIs(authorization: unknown, token: string): boolean {
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
  return !!match && timingSafeEqual(digest(match[1]), digest(token));
}

export function mayReadOperationalDetails(config: AppConfig, authorization: unknown): boolean {
  const exposure = publicExposure(config);
  if (exposure === 'open') return true;
  return exposure === 'token' && bearerIs(authorization, config.limits.metricsToken ?? '');
}
