import { open, seal, KEY_BYTES } from './aes-gcm';

/**
 * Development only, documented so that `npm start` works without setting DATA_KEY; refused in production.
 * Data sealed under it is readable by anyone who reads this file.
 */
export const DEV_DATA_KEY = 'lIAQWn6Hl5MBo7TrcDHrPnJqG3jRPUw62sM0HZ0uLTU=';

const HEX = /^[0-9a-fA-F]{64}$/;
const BASE64 = /^[A-Za-z0-9+/_-]{43}=?$/;

/** DATA_KEY: 32 bytes as 64 hex digits or base64 (standard or url-safe). Null when malformed. */
export function parseMasterKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (HEX.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (!BASE64.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return bytes.length === KEY_BYTES ? bytes : null;
}

const wrapContext = (tenantId: string, keyId: string): string => `data-key\n${tenantId}\n${keyId}`;

/** A data key as the key store keeps it: sealed under the master key, bound to its tenant and id. */
export function wrapDataKey(master: Buffer, tenantId: string, keyId: string, dataKey: Buffer): Buffer {
  return seal(master, dataKey, wrapContext(tenantId, keyId));
}

export function unwrapDataKey(master: Buffer, tenantId: string, keyId: string, wrapped: Buffer): Buffer {
  return open(master, wrapped, wrapContext(tenantId, keyId));
}
