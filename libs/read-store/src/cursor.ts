import { BadInput } from '@handoff/domain';
import { FieldValue } from './read-store.port';

const CURSOR_PREFIX = 'c1:';

/** Opaque page cursor: the sort-key values of the last document of a page (keyset pagination). */
export function encodeCursor(values: readonly FieldValue[]): string {
  return Buffer.from(CURSOR_PREFIX + JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number, field = 'after'): FieldValue[] {
  let text: string;
  try {
    text = Buffer.from(cursor, 'base64url').toString('utf8');
  } catch {
    throw new BadInput(field, 'is not a cursor this server issued');
  }
  if (!text.startsWith(CURSOR_PREFIX)) throw new BadInput(field, 'is not a cursor this server issued');
  let values: unknown;
  try {
    values = JSON.parse(text.slice(CURSOR_PREFIX.length));
  } catch {
    throw new BadInput(field, 'is not a cursor this server issued');
  }
  const scalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
  if (!Array.isArray(values) || values.length !== expectedLength || !values.every(scalar)) {
    throw new BadInput(field, 'is not a cursor this server issued');
  }
  return values as FieldValue[];
}
