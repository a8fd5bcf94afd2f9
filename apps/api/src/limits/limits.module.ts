import { Global, Module } from '@nestjs/common';
import { FieldRolesModule } from '../auth/field-roles.module';
import { GraphqlWebSocketServer } from '../graphql/websocket/graphql-ws.server';
import { RateLimiter } from './rate-limiter';

/** The rate limits, and graphql-ws served with the same limits as HTTP. */
@Global()
@Module({
  imports: [FieldRolesModule],
  providers: [RateLimiter, GraphqlWebSocketServer],
  exports: [RateLimiter],
})
export class LimitsModule {}
