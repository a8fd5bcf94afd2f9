import type { TypedDocumentString } from '../gql/graphql';

/** A refusal from the api (extensions.code / reason / field) or a failure to reach it (code NETWORK). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly reason?: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: unknown; reason?: unknown; field?: unknown };
}

export function toApiError(error: GraphQLErrorBody): ApiError {
  const ext = error.extensions ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return new ApiError(error.message, text(ext.code) ?? 'INTERNAL_SERVER_ERROR', text(ext.reason), text(ext.field));
}

export const GRAPHQL_PATH = '/graphql';

/** A generated document (operations.ts): its text, typed by what it answers and the variables it takes. */
export type Operation<Result, Variables> = TypedDocumentString<Result, Variables>;

/** The variables argument: optional when the operation needs none, required (and typed) otherwise. */
export type VariablesArg<Variables> = Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

/** Queries and mutations over plain fetch; the token travels only in the Authorization header. */
export async function graphqlRequest<Result, Variables>(
  token: string,
  operation: Operation<Result, Variables>,
  ...[variables]: VariablesArg<Variables>
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: operation.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('network error', 'NETWORK');
  }
  let body: { data?: Result | null; errors?: GraphQLErrorBody[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`HTTP ${response.status}`, 'NETWORK');
  }
  if (body.errors?.length) throw toApiError(body.errors[0]);
  if (!body.data) throw new ApiError('empty response', 'INTERNAL_SERVER_ERROR');
  return body.data;
}
