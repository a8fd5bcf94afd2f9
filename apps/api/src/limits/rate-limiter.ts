import { AppConfig } from '@handoff/platform';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { APP_CONFIG } from '../infrastructure/tokens';

const WINDOW_MS = 60_000;
const THROTTLER = 'handoff';

export interface RateVerdict {
  allowed: boolean;
  /** Seconds until the caller may send again (the Retry-After header); 0 when allowed. */
  retryAfterSeconds: number;
}

/** The raw bearer token, hashed: the limit follows the token without keeping it in memory. */
function tokenKey(authorization: unknown): string | null {
  if (typeof authorization !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match ? `token:${createHash('sha256').update(match[1]).digest('base64url')}` : null;
}

/**
 * Requests per minute per client address and per bearer token, counted by @nestjs/throttler's storage: once
 * over, a key is refused for a whole window. Every HTTP request and every graphql-ws operation counts.
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly storage = new ThrottlerStorageService();
  private readonly perAddress: number;
  private readonly perToken: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.perAddress = config.limits.ratePerAddressPerMinute;
    this.perToken = config.limits.ratePerTokenPerMinute;
  }

  async consume(address: string | undefined, authorization: unknown): Promise<RateVerdict> {
    const buckets: Array<[string, number]> = [];
    if (this.perAddress > 0 && address) buckets.push([`address:${address}`, this.perAddress]);
    const token = this.perToken > 0 ? tokenKey(authorization) : null;
    if (token) buckets.push([token, this.perToken]);
    let retryAfterSeconds = 0;
    for (const [key, limit] of buckets) {
      const record = await this.storage.increment(key, WINDOW_MS, limit, WINDOW_MS, THROTTLER);
      if (record.isBlocked) retryAfterSeconds = Math.max(retryAfterSeconds, record.timeToBlockExpire, 1);
    }
    return { allowed: retryAfterSeconds === 0, retryAfterSeconds };
  }

  onApplicationShutdown(): void {
    this.storage.onApplicationShutdown();
  }
}
