import { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimiter } from './rate-limiter';

/** Orchestrators poll these; they are cheap and must answer whatever clients do. */
const EXEMPT = /^\/health\//;

export const RATE_LIMITED = 'RATE_LIMITED';

export function rateLimitedBody(retryAfterSeconds: number): string {
  return JSON.stringify({
    errors: [{ message: `Too many requests: retry after ${retryAfterSeconds} s`, extensions: { code: RATE_LIMITED, retryAfter: retryAfterSeconds } }],
  });
}

/** 429 with Retry-After past the rate limits, before the body is read. */
export function rateLimitMiddleware(limiter: RateLimiter) {
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void => {
    if (EXEMPT.test(request.url ?? '')) return next();
    limiter.consume(request.socket.remoteAddress, request.headers.authorization).then((verdict) => {
      if (verdict.allowed) return next();
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(verdict.retryAfterSeconds) });
      response.end(rateLimitedBody(verdict.retryAfterSeconds));
    }, next);
  };
}
