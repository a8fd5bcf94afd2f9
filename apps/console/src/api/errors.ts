import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import { ApiError } from './graphql-client';

const INVALID_STATE_MESSAGES: Record<string, MessageKey> = {
  NOT_ASSIGNED: 'errInvalidNOT_ASSIGNED',
  ALREADY_ASSIGNED: 'errInvalidALREADY_ASSIGNED',
  SAME_AGENT: 'errInvalidSAME_AGENT',
  REASON_INACTIVE: 'errInvalidREASON_INACTIVE',
  AGENT_INACTIVE: 'errInvalidAGENT_INACTIVE',
  CLOSED: 'errInvalidCLOSED',
  ALREADY_EXISTS: 'errInvalidALREADY_EXISTS',
  AGENT_AT_CAPACITY: 'errInvalidAGENT_AT_CAPACITY',
  NOT_OFFERED: 'errInvalidNOT_OFFERED',
};

/** An api refusal in plain words, from extensions.code and extensions.reason. */
export function describeError(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('errUnknown');
  switch (error.code) {
    case 'NETWORK':
      return t('errNetwork');
    case 'UNAUTHENTICATED':
      return t('errUnauthenticated');
    case 'FORBIDDEN':
      return t('errForbidden');
    case 'BAD_USER_INPUT':
      return t('errBadInput', { field: error.field ?? '?', message: error.message.replace(/^[^:]*:\s*/, '') });
    case 'NOT_FOUND':
      return t('errNotFound');
    case 'CONCURRENCY_CONFLICT':
      return t('errConflict');
    case 'INVALID_STATE': {
      const key = error.reason ? INVALID_STATE_MESSAGES[error.reason] : undefined;
      return key ? t(key) : t('errInvalidOther', { reason: error.reason ?? '?' });
    }
    default:
      return t('errUnknown');
  }
}

/** Refusals after which the dialog shows the conversation as it is now. */
export function isStaleStateError(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'CONCURRENCY_CONFLICT' || error.code === 'INVALID_STATE');
}
