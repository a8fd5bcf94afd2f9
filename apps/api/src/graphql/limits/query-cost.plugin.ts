import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { queryCostErrors } from './query-cost';

/** The cost bound over HTTP: it needs the request's variables (page sizes), which validation rules do not see. */
export const queryCostPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema, operationName }) {
        const [refusal] = queryCostErrors(schema, document, request.variables, operationName ?? undefined);
        if (refusal) throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status: 400 } } });
      },
    };
  },
};
