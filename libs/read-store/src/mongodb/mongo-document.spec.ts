import { anyDocument } from '../testing/any-document';
import { CollectionSpec } from '../read-store.port';
import { fromStoredDocument, toIndexValue, toStoredDocument } from './mongo-document';

const SPEC: CollectionSpec = {
  name: 'items',
  fields: { status: 'text', rank: 'integer', flag: 'integer', score: 'real' },
  indexes: [['status', 'rank']],
};
const POSITION = '7'.padStart(40, '0');

describe('MongoDB stored documents', () => {
  it('keeps the key, the tenant, the indexed fields, the JSON document and the position', () => {
    const document = { tenantId: 't1', id: 'a', status: 'QUEUED', rank: 3, flag: false, score: 1.5, note: 'hi' };
    expect(toStoredDocument(SPEC, document, POSITION)).toEqual({
      _id: 't1\u0000a',
      tenantId: 't1',
      id: 'a',
      status: 'QUEUED',
      rank: 3,
      flag: 0,
      score: 1.5,
      _doc: JSON.stringify(document),
      _pos: POSITION,
    });
  });

  it('stores a missing indexed field as null, so it sorts and matches like SQL NULL', () => {
    expect(toStoredDocument(SPEC, { tenantId: 't1', id: 'a' }, POSITION)).toMatchObject({ status: null, rank: null, flag: null });
  });

  it('reads back what JSON keeps of the document', () => {
    const document = { tenantId: 't1', id: 'a', status: 'QUEUED', nested: { list: [1, 'x'] }, gone: undefined };
    const read = fromStoredDocument(toStoredDocument(SPEC, document, POSITION));
    expect(read).toEqual({ tenantId: 't1', id: 'a', status: 'QUEUED', nested: { list: [1, 'x'] } });
    expect('gone' in read).toBe(false);
  });

  it('indexes the JSON form of a value, as reads return it', () => {
    const at = new Date('2026-01-01T00:00:00.000Z');
    expect(toStoredDocument(SPEC, anyDocument({ tenantId: 't1', id: 'a', status: at }), POSITION).status).toBe('2026-01-01T00:00:00.000Z');
  });

  it('stores booleans as 1 and 0, like the SQLite store', () => {
    expect(toIndexValue(true)).toBe(1);
    expect(toIndexValue(false)).toBe(0);
    expect(toIndexValue(undefined)).toBeNull();
  });

  it('refuses an indexed field that holds no scalar', () => {
    expect(() => toStoredDocument(SPEC, anyDocument({ tenantId: 't1', id: 'a', status: ['x'] }), POSITION)).toThrow(/items\.status/);
    expect(() => toIndexValue(Number.NaN)).toThrow();
  });
});
