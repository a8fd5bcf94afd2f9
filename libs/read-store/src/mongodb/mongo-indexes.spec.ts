import { CollectionSpec } from '../read-store.port';
import { ITEMS } from '../testing/read-store.contract';
import { assertValidSpec, indexDescriptions } from './mongo-indexes';

describe('MongoDB read model indexes', () => {
  it('indexes the tenant and id, and each spec index between them', () => {
    expect(indexDescriptions(ITEMS)).toEqual([
      { key: { tenantId: 1, id: 1 } },
      { key: { tenantId: 1, queueId: 1, status: 1, rank: 1, id: 1 } },
      { key: { tenantId: 1, at: 1, id: 1 } },
    ]);
  });

  it('keeps the field order of each index', () => {
    const [, index] = indexDescriptions({ name: 'x', fields: { b: 'text', a: 'text' }, indexes: [['b', 'a']] });
    expect(Object.keys(index.key)).toEqual(['tenantId', 'b', 'a', 'id']);
  });

  it('creates an index once when the spec repeats it', () => {
    const spec: CollectionSpec = { name: 'x', fields: { a: 'text' }, indexes: [['a'], ['a'], ['id']] };
    expect(indexDescriptions(spec)).toEqual([{ key: { tenantId: 1, id: 1 } }, { key: { tenantId: 1, a: 1, id: 1 } }]);
  });

  it('refuses fields that would shadow the stored keys or are no plain names', () => {
    for (const field of ['tenantId', 'id', '_doc', '_pos', '$where', 'a.b', '']) {
      expect(() => assertValidSpec({ name: 'x', fields: { [field]: 'text' }, indexes: [] })).toThrow();
    }
  });

  it('refuses an index over a field the spec does not declare', () => {
    expect(() => indexDescriptions({ name: 'x', fields: { a: 'text' }, indexes: [['b']] })).toThrow(/x indexes b/);
    expect(() => indexDescriptions({ name: 'x', fields: { a: 'text' }, indexes: [[]] })).toThrow();
  });
});
