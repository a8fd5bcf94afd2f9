import { BadInput, DomainError, InvalidState } from '@handoff/domain';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { Unauthenticated } from '../auth/errors';
import { isCodelessRequestRefusal } from './request-errors';
import { RequestRefusal } from './validation-rules';

const PASSED_THROUGH = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Domain refusals become the codes of DESIGN.md; anything else is an internal error whose details stay in the
 * log: no stack traces or internals reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    const extensions: Record<string, unknown> = { code: original.code };
    if (original instanceof BadInput) extensions.field = original.field;
    if (original instanceof InvalidState) extensions.reason = original.reason;
    return { ...base, message: original.message, extensions };
  }
  // Apollo re-labels every validation error GRAPHQL_VALIDATION_FAILED; ours keep the code graphql-ws sends too.
  const refusal = original instanceof GraphQLError ? original.originalError : undefined;
  if (refusal instanceof RequestRefusal) return { ...base, extensions: { ...refusal.extensions } };
  if (original instanceof Unauthenticated) return { ...base, message: original.message, extensions: { code: 'UNAUTHENTICATED' } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASSED_THROUGH.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
  }
  if (isCodelessRequestRefusal(original)) return { ...base, message: original.message, extensions: { code: 'BAD_REQUEST' } };
  log(original);
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
