import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@handoff/platform';
import { ResolverRoles } from '../auth/field-roles.module';
import { TokenVerifier } from '../auth/token-verifier';
import { readYourWritesPlugin } from '../read-models/read-your-writes';
import { DateTimeScalar } from './date-time.scalar';
import { formatError } from './format-error';
import { readableMutationPlugin } from './readable-mutation.hooks';
import { requestContextFactory } from './request-context';
import { TYPE_DEFS } from './type-defs';
import { queryCostPlugin } from './limits/query-cost.plugin';
import { REQUEST_RULES } from './limits/request-rules';

export const GRAPHQL_PATH = '/graphql';

/** Schema-first: the contract's SDL is the schema; resolvers are bound by type and field name. */
export function graphqlOptions(verifier: TokenVerifier, resolverRoles: ResolverRoles, config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const logger = new Logger('GraphQL');
  const log = (original: unknown): void => logger.error(original);
  const fieldRoles = () => resolverRoles.fieldRoles;
  return {
    typeDefs: [...TYPE_DEFS],
    resolvers: { DateTime: DateTimeScalar },
    path: GRAPHQL_PATH,
    playground: false,
    introspection: config.limits.introspection,
    hideSchemaDetailsFromClientErrors: !config.limits.introspection,
    includeStacktraceInErrorResponses: false,
    fieldResolverEnhancers: ['guards'],
    validationRules: [...REQUEST_RULES],
    plugins: [queryCostPlugin, readableMutationPlugin(fieldRoles), readYourWritesPlugin],
    context: requestContextFactory(verifier),
    // graphql-ws is served by GraphqlWebSocketServer (websocket/graphql-ws.server.ts).
    formatError: (formatted, error) => formatError(formatted, error, log),
  };
}
