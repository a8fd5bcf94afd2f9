import { Global, Module } from '@nestjs/common';
import { GraphqlWebSocketServer } from '../graphql/websocket/graphql-ws.server';
import { RateLimiter } from './rate-limiter';

/** The rate limits, and graphql-ws served with the same limits as HTTP. */
@Global()
@Module({
  providers: [RateLimiter, GraphqlWebSocketServer],
  exports: [RateLimiter],
})
export class LimitsModule {}
