import { BadInput } from '@handoff/domain';
import { AuthConfig } from '@handoff/platform';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Separates the cursor key from the token secret it may be derived from: knowing one cursor key gives no token key. */
const DERIVATION_LABEL = 'handoff/page-cursor-key/v1';
const NOT_OURS = 'is not a cursor this server issued for this query';

/**
 * CURSOR_SECRET; else a key derived from AUTH_JWT_SECRET (so every api instance sharing it agrees); else (an identity
 * provider alone) a key of this process, so cursors then do not survive a restart nor cross instances.
 */
export function cursorKey(auth: AuthConfig): Buffer {
  if (auth.cursorSecret) return Buffer.from(auth.cursorSecret, 'utf8');
  if (auth.hs256Secret) return createHmac('sha256', auth.hs256Secret).update(DERIVATION_LABEL).digest();
  return randomBytes(32);
}

/** Where a cursor may be used again: the caller's tenant, the query, and its filter and order. */
export interface CursorScope {
  tenantId: string;
  query: string;
  shape: unknown;
}

/** A page's cursors for one scope: `seal` signs what the read store returned, `open` gives it back only if it is ours. */
export interface ScopedCursors {
  seal(position: string): string;
  open(cursor: string, field?: string): string;
}

/** Page cursors are the read store's position plus an HMAC over it and its scope: `<position>.<mac>`. */
export class CursorSigner {
  constructor(private readonly key: Buffer) {}

  scope(scope: CursorScope): ScopedCursors {
    const context = JSON.stringify([scope.tenantId, scope.query, scope.shape]);
    const mac = (position: string): Buffer => createHmac('sha256', this.key).update(context).update('\n').update(position).digest();
    return {
      seal: (position) => `${position}.${mac(position).toString('base64url')}`,
      open: (cursor, field = 'after') => {
        const dot = cursor.lastIndexOf('.');
        const position = cursor.slice(0, dot);
        const given = Buffer.from(cursor.slice(dot + 1), 'base64url');
        const expected = mac(position);
        if (dot <= 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) throw new BadInput(field, NOT_OURS);
        return position;
      },
    };
  }
}
