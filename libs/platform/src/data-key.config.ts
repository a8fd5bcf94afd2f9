import { DEV_DATA_KEY, parseMasterKey } from '@handoff/event-store';

/** The master key that wraps the data keys of personal data (crypto-shredding). */
export interface DataKeyConfig {
  master: Buffer;
  /** True when DATA_KEY is not set and the documented development key is in use. */
  development: boolean;
}

export function loadDataKey(raw: string | undefined, production: boolean, fail: (message: string) => Error): DataKeyConfig {
  if (!raw) {
    if (production) throw fail('DATA_KEY is required when NODE_ENV=production (32 bytes as base64 or 64 hex digits)');
    return { master: parseMasterKey(DEV_DATA_KEY) as Buffer, development: true };
  }
  const master = parseMasterKey(raw);
  if (!master) throw fail('DATA_KEY must be 32 bytes written as base64 (44 characters) or hex (64 digits)');
  return { master, development: false };
}
