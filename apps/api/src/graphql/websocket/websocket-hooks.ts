import { AppConfig } from '@handoff/platform';
import { DocumentNode, ExecutionArgs, GraphQLError, GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { Context, SubscribePayload } from 'graphql-ws';
import { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { closeAtExpiry } from '../../auth/socket-expiry';
import { TokenVerifier } from '../../auth/token-verifier';
import { RateLimiter } from '../../limits/rate-limiter';
import { RATE_LIMITED } from '../../limits/rate-limit.middleware';
import { queryCostErrors } from '../limits/query-cost';
import { webSocketRules } from '../limits/request-rules';

export type SocketContext = Context<Record<string, unknown> | undefined, { request: IncomingMessage; socket: WebSocket }>;

export const LIMIT_EXCEEDED = 'LIMIT_EXCEEDED';

export const authorizationOf = (ctx: SocketContext): unknown => ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;

/**
 * A socket may only be acknowledged with a valid token (graphql-ws closes it with 4403 when this answers false),
 * and lives no longer than that token: at `exp` it is closed with 4403, so no subscription pushes data past it.
 */
export function acceptsConnection(verifier: TokenVerifier) {
  return async (ctx: SocketContext): Promise<boolean> => {
    const caller = await verifier.verify(authorizationOf(ctx));
    if (caller.actor === null) return false;
    closeAtExpiry(ctx.extra.socket, caller.expiresAt);
    return true;
  };
}

function parsed(query: string): DocumentNode | GraphQLError {
  try {
    return parse(query);
  } catch (error) {
    return error instanceof GraphQLError ? error : new GraphQLError('the query could not be parsed');
  }
}

/**
 * What HTTP requests go through, for a graphql-ws `subscribe` message: the rate limits, the per-socket bound on
 * operations, graphql's validation with the same request rules (depth, fields, commands), the same cost bound.
 */
export function checkSubscribe(schema: () => GraphQLSchema, config: AppConfig, limiter: RateLimiter) {
  const rules = [...specifiedRules, ...webSocketRules(config.limits.introspection)];
  const hideSuggestions = !config.limits.introspection;
  return async (ctx: SocketContext, _id: string, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
    const running = Object.keys(ctx.subscriptions).length; // this operation included
    if (running > config.limits.maxSubscriptionsPerSocket) {
      const limit = config.limits.maxSubscriptionsPerSocket;
      return [new GraphQLError(`at most ${limit} operations may run on one socket`, { extensions: { code: LIMIT_EXCEEDED, limit } })];
    }
    const verdict = await limiter.consume(ctx.extra.request.socket.remoteAddress, authorizationOf(ctx));
    if (!verdict.allowed) {
      const message = `Too many requests: retry after ${verdict.retryAfterSeconds} s`;
      return [new GraphQLError(message, { extensions: { code: RATE_LIMITED, retryAfter: verdict.retryAfterSeconds } })];
    }
    const document = parsed(payload.query);
    if (document instanceof GraphQLError) return [document];
    const errors = validate(schema(), document, rules, { hideSuggestions });
    if (errors.length > 0) return errors;
    const variables = payload.variables ?? undefined;
    const costErrors = queryCostErrors(schema(), document, variables, payload.operationName ?? undefined);
    if (costErrors.length > 0) return costErrors;
    return { schema: schema(), document, variableValues: variables, operationName: payload.operationName ?? undefined, hideSuggestions };
  };
}
