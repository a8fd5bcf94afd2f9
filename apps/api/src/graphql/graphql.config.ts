import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import { ResolverRoles } from '../auth/field-roles.module';
import { expireSocketsWithTheirToken } from '../auth/socket-expiry';
import { TokenVerifier } from '../auth/token-verifier';
import { CONTRACT_SDL } from './contract.graphql';
import { readYourWritesPlugin, withReadYourWrites } from '../read-models/read-your-writes';
import { DateTimeScalar } from './date-time.scalar';
import { EXTENSIONS_SDL } from './extensions.graphql';
import { formatError } from './format-error';
import { readableMutationOverWs, readableMutationPlugin } from './readable-mutation.hooks';
import { requestContextFactory } from './request-context';
import { depthLimitRule, fieldCountRule } from './validation-rules';

export const GRAPHQL_PATH = '/graphql';

/** Schema-first: the contract's SDL is the schema; resolvers are bound by type and field name. */
export function graphqlOptions(verifier: TokenVerifier, resolverRoles: ResolverRoles): Omit<ApolloDriverConfig, 'driver'> {
  const logger = new Logger('GraphQL');
  const log = (original: unknown): void => logger.error(original);
  const format = (error: GraphQLError): GraphQLFormattedError => formatError(error.toJSON(), error, log);
  const fieldRoles = () => resolverRoles.fieldRoles;
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
    plugins: [readableMutationPlugin(fieldRoles), readYourWritesPlugin],
    subscriptions: {
      'graphql-ws': {
        path: GRAPHQL_PATH,
        ...readableMutationOverWs(fieldRoles),
        onConnect: expireSocketsWithTheirToken(verifier),
        // graphql-ws does not pass results through Apollo's formatError: give them the same codes here.
        onNext: (_context: unknown, _id: string, _payload: unknown, args: { contextValue?: unknown }, result: ExecutionResult) =>
          withReadYourWrites(args.contextValue, result.errors ? { ...result, errors: result.errors.map(format) } : result),
      },
    },
    formatError: (formatted, error) => formatError(formatted, error, log),
  };
}
