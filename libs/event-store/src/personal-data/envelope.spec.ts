import { newDataKey } from './aes-gcm';
import { isEnvelope, openField, sealField } from './envelope';
import { DEV_DATA_KEY, parseMasterKey, unwrapDataKey, wrapDataKey } from './master-key';

describe('the envelope of a personal field', () => {
  const key = newDataKey();
  const sealed = sealField(key, 'key-1', 'acme', 'note', 'pide factura A, CUIT 20-1234');

  it('holds no plaintext and opens to the text with its key, tenant and field', () => {
    expect(isEnvelope(sealed)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('factura');
    expect(sealed).toMatchObject({ $pd: 1, k: 'key-1' });
    expect(openField(key, sealed, 'acme', 'note')).toBe('pide factura A, CUIT 20-1234');
  });

  it('seals the same text differently each time (a fresh iv)', () => {
    expect(sealField(key, 'key-1', 'acme', 'note', 'same').c).not.toBe(sealField(key, 'key-1', 'acme', 'note', 'same').c);
  });

  it('refuses another key, another tenant, another field and a changed byte', () => {
    expect(() => openField(newDataKey(), sealed, 'acme', 'note')).toThrow();
    expect(() => openField(key, sealed, 'globex', 'note')).toThrow();
    expect(() => openField(key, sealed, 'acme', 'contact.name')).toThrow();
    const bytes = Buffer.from(sealed.c, 'base64url');
    bytes[bytes.length - 20] ^= 1;
    expect(() => openField(key, { ...sealed, c: bytes.toString('base64url') }, 'acme', 'note')).toThrow();
  });

  it('is never a string, so no note a user types passes for one', () => {
    expect(isEnvelope(JSON.stringify(sealed))).toBe(false);
    expect(isEnvelope({ $pd: 2, k: 'key-1', c: sealed.c })).toBe(false);
    expect(isEnvelope(null)).toBe(false);
  });
});

describe('DATA_KEY, the master key', () => {
  it('is 32 bytes written as 64 hex digits or base64 (standard or url-safe)', () => {
    const bytes = Buffer.alloc(32, 0xfb);
    expect(parseMasterKey(bytes.toString('hex'))).toEqual(bytes);
    expect(parseMasterKey(bytes.toString('base64'))).toEqual(bytes);
    expect(parseMasterKey(bytes.toString('base64url'))).toEqual(bytes);
    expect(parseMasterKey(DEV_DATA_KEY)).toHaveLength(32);
  });

  it.each(['', 'secret', 'ab'.repeat(16), 'ab'.repeat(33), Buffer.alloc(31).toString('base64'), Buffer.alloc(33).toString('base64')])(
    'refuses %j',
    (text) => expect(parseMasterKey(text)).toBeNull(),
  );

  it('wraps a data key so that only the same master key, tenant and key id unwrap it', () => {
    const master = Buffer.alloc(32, 1);
    const dataKey = newDataKey();
    const wrapped = wrapDataKey(master, 'acme', 'key-1', dataKey);
    expect(wrapped.includes(dataKey)).toBe(false);
    expect(unwrapDataKey(master, 'acme', 'key-1', wrapped)).toEqual(dataKey);
    expect(() => unwrapDataKey(Buffer.alloc(32, 2), 'acme', 'key-1', wrapped)).toThrow();
    expect(() => unwrapDataKey(master, 'globex', 'key-1', wrapped)).toThrow();
    expect(() => unwrapDataKey(master, 'acme', 'key-2', wrapped)).toThrow();
  });
});
