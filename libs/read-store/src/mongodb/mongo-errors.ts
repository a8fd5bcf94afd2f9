/** Server error codes the store expects and handles; anything else propagates. */

/** Duplicate key: a lease held by another owner, or a guarded upsert that met a newer document. */
export const DUPLICATE_KEY = 11000;
/** Namespace exists: another process created the collection first. */
export const NAMESPACE_EXISTS = 48;

interface BulkErrorLike {
  writeErrors?: unknown;
  err?: unknown;
  result?: { getWriteConcernError?: () => unknown };
}

export function hasErrorCode(error: unknown, code: number): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/**
 * True when a bulk failed only because guarded writes met newer documents. The driver reports write errors
 * before a write-concern error, so the result is asked for one too: a write that may not be durable is a failure.
 */
export function onlyStaleWritesFailed(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const bulk = error as BulkErrorLike;
  if (bulk.err || bulk.result?.getWriteConcernError?.()) return false;
  const writeErrors: unknown[] = Array.isArray(bulk.writeErrors) ? bulk.writeErrors : bulk.writeErrors ? [bulk.writeErrors] : [];
  return writeErrors.length > 0 && writeErrors.every((e) => hasErrorCode(e, DUPLICATE_KEY));
}
