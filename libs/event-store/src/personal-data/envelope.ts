import { open, seal } from './aes-gcm';

/**
 * A personal field as stored: its text sealed under a data key, in place of the string. Versioned (`$pd`) so that
 * another scheme can be told apart later; an object, so that no string a user types can pass for one.
 */
export interface Envelope {
  $pd: 1;
  /** The data key's id in the key store. */
  k: string;
  /** iv ‖ ciphertext ‖ tag, base64url. */
  c: string;
}

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Envelope>;
  return candidate.$pd === 1 && typeof candidate.k === 'string' && typeof candidate.c === 'string';
}

/** The authenticated context: an envelope moved to another tenant or field does not open. */
const context = (tenantId: string, keyId: string, field: string): string => `${tenantId}\n${keyId}\n${field}`;

export function sealField(key: Buffer, keyId: string, tenantId: string, field: string, text: string): Envelope {
  return { $pd: 1, k: keyId, c: seal(key, Buffer.from(text, 'utf8'), context(tenantId, keyId, field)).toString('base64url') };
}

export function openField(key: Buffer, envelope: Envelope, tenantId: string, field: string): string {
  return open(key, Buffer.from(envelope.c, 'base64url'), context(tenantId, envelope.k, field)).toString('utf8');
}
