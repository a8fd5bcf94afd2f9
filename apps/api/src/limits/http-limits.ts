import { AppConfig } from '@handoff/platform';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Server } from 'node:http';
import { RateLimiter } from './rate-limiter';
import { rateLimitMiddleware } from './rate-limit.middleware';

/** The largest request body (HTTP, 413 past it) and graphql-ws message (closed with 1009 past it). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Headers take one round trip; a client still sending them after this is holding the connection. */
const HEADERS_TIMEOUT_MS = 10_000;
/** An idle keep-alive connection is closed after this (Node's default, set here so that it is stated). */
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** How often Node looks for requests past their timeout (its default, 30 s, would let one last up to twice as long). */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** Server options of the public port: timeouts, no `X-Powered-By`, the rate limits before the body is read. */
export function applyHttpLimits(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  app.use(rateLimitMiddleware(app.get(RateLimiter)));
  const server = app.getHttpServer() as Server & { connectionsCheckingInterval: number };
  server.requestTimeout = config.limits.requestTimeoutMs;
  server.headersTimeout = Math.min(HEADERS_TIMEOUT_MS, config.limits.requestTimeoutMs);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.connectionsCheckingInterval = TIMEOUT_CHECK_INTERVAL_MS;
}
