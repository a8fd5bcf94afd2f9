import { GraphQLError } from 'graphql';

/**
 * Apollo refuses some requests before any resolver runs with a 4xx status but no code (a persisted-query hash that
 * does not match its query, an unsupported persisted-query version): the client's mistake, so BAD_REQUEST.
 */
export function isCodelessRequestRefusal(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError) || error.originalError || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
