import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { TokenVerifier } from '../auth/token-verifier';
import { CONTRACT_SDL } from './contract.graphql';
import { DateTimeScalar } from './date-time.scalar';
import { EXTENSIONS_SDL } from './extensions.graphql';
import { formatError } from './format-error';
import { requestContextFactory } from './request-context';
import { depthLimitRule, fieldCountRule } from './validation-rules';

export const GRAPHQL_PATH = '/graphql';

/** Schema-first: the contract's SDL is the schema; resolvers are bound by type and field name. */
export function graphqlOptions(verifier: TokenVerifier): Omit<ApolloDriverConfig, 'driver'> {
  const logger = new Logger('GraphQL');
  return {
    typeDefs: [CONTRACT_SDL, EXTENSIONS_SDL],
    resolvers: { DateTime: DateTimeScalar },
    path: GRAPHQL_PATH,
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    fieldResolverEnhancers: ['guards'],
    validationRules: [depthLimitRule, fieldCountRule],
    context: requestContextFactory(verifier),
    subscriptions: { 'graphql-ws': { path: GRAPHQL_PATH } },
    formatError: (formatted, error) => formatError(formatted, error, (original) => logger.error(original)),
  };
}
