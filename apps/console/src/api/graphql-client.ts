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

/** Queries and mutations over plain fetch; the token travels only in the Authorization header. */
export async function graphqlRequest<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('network error', 'NETWORK');
  }
  let body: { data?: T | null; errors?: GraphQLErrorBody[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`HTTP ${response.status}`, 'NETWORK');
  }
  if (body.errors?.length) throw toApiError(body.errors[0]);
  if (!body.data) throw new ApiError('empty response', 'INTERNAL_SERVER_ERROR');
  return body.data;
}
