/** Server error codes the store expects and handles; anything else propagates. */

/** Duplicate key: a lease held by another owner. */
export const DUPLICATE_KEY = 11000;
/** Namespace exists: another process created the collection first. */
export const NAMESPACE_EXISTS = 48;

export function hasErrorCode(error: unknown, code: number): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
