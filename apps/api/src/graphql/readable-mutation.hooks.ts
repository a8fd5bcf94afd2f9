import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DocumentNode, execute, ExecutionResult, GraphQLError, GraphQLSchema, validate } from 'graphql';
import { ServerOptions } from 'graphql-ws';
import { RequestContext } from '../auth/caller';
import { FieldRoles } from '../auth/field-roles';
import { readableMutationRule } from './readable-mutation.rule';

interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  contextValue?: unknown;
}

/** Without a verified caller there is nothing to check here: RolesGuard answers UNAUTHENTICATED before any resolver runs. */
export function unreadableSelections(fieldRoles: FieldRoles, { schema, document, contextValue }: Operation): readonly GraphQLError[] {
  const actor = (contextValue as RequestContext | undefined)?.caller?.actor;
  return actor ? validate(schema, document, [readableMutationRule(fieldRoles, actor)]) : [];
}

/**
 * HTTP: Apollo's validation rules cannot see the caller, so the rule runs once the caller and the operation are
 * known and before execution. Answered with 200 like any other FORBIDDEN.
 */
export function readableMutationPlugin(fieldRoles: () => FieldRoles): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const [refused] = unreadableSelections(fieldRoles(), { schema, document, contextValue });
          if (refused) throw new GraphQLError(refused.message, { nodes: refused.nodes, extensions: { ...refused.extensions, http: { status: 200 } } });
        },
      };
    },
  };
}

/**
 * graphql-ws: the same rule, with the context graphql-ws built for the operation, in place of executing it.
 * Nest hands its 'graphql-ws' options to graphql-ws's useServer as they are, `execute` included, though its
 * type names only some of them: spread this in.
 */
export function readableMutationOverWs(fieldRoles: () => FieldRoles): Pick<ServerOptions, 'execute'> {
  return {
    execute: (args) => {
      const refused = unreadableSelections(fieldRoles(), args);
      return refused.length > 0 ? ({ errors: refused } satisfies ExecutionResult) : execute(args);
    },
  };
}
