import {
  collectionName,
  databaseNameOf,
  deadLetterKey,
  documentKey,
  generationKey,
  generationOfCollection,
  positionKey,
} from './mongo-naming';

describe('MongoDB read store naming', () => {
  it('names one collection per projection and generation', () => {
    expect(collectionName('conversations', 3)).toBe('rm_conversations_g3');
    expect(collectionName('agent-performance', 1)).toBe('rm_agent_performance_g1');
  });

  it('refuses a projection name or generation that cannot name a collection', () => {
    expect(() => collectionName('bad name', 1)).toThrow();
    expect(() => collectionName('x.y', 1)).toThrow();
    expect(() => collectionName('items', 0)).toThrow();
    expect(() => collectionName('items', 1.5)).toThrow();
  });

  it('tells the generation a collection of the projection holds, and nothing for others', () => {
    expect(generationOfCollection('items', 'rm_items_g12')).toBe(12);
    expect(generationOfCollection('contract-items', 'rm_contract_items_g2')).toBe(2);
    expect(generationOfCollection('items', 'rm_items_x_g1')).toBeNull();
    expect(generationOfCollection('a', 'rm_a_g_g1')).toBeNull();
    expect(generationOfCollection('items', 'rm_items_g0')).toBeNull();
    expect(generationOfCollection('items', 'rm_items_g01')).toBeNull();
    expect(generationOfCollection('items', 'rm_leases')).toBeNull();
  });

  it('keys documents by tenant and id without ambiguity', () => {
    expect(documentKey('t1', 'a')).toBe('t1\u0000a');
    expect(documentKey('t1', 'a:b')).not.toBe(documentKey('t1:a', 'b'));
    expect(generationKey('items', 2)).toBe('items\u00002');
    expect(deadLetterKey('items', '42')).toBe('items\u000042');
  });

  it('pads positions so that text order is numeric order, also past 64 bits', () => {
    const positions = ['0', '9', '10', '18446744073709551616', '340282366920938463463374607431768211455'];
    const keys = positions.map(positionKey);
    expect([...keys].sort()).toEqual(keys);
    expect(keys[2]).toBe('10'.padStart(40, '0'));
  });

  it('refuses a position that is not a decimal number', () => {
    for (const bad of ['', '-1', '1.5', 'abc', '01', ' 1']) expect(() => positionKey(bad)).toThrow();
  });

  it('takes the database from the connection string, else handoff', () => {
    expect(databaseNameOf('mongodb://localhost:27017/reads?replicaSet=rs0')).toBe('reads');
    expect(databaseNameOf('mongodb://u:p@a:1,b:2/reads')).toBe('reads');
    expect(databaseNameOf('mongodb+srv://cluster.example.net/my%20db?retryWrites=true')).toBe('my db');
    expect(databaseNameOf('mongodb://localhost:27017')).toBe('handoff');
    expect(databaseNameOf('mongodb://localhost:27017/')).toBe('handoff');
    expect(databaseNameOf('mongodb://localhost:27017/?directConnection=true')).toBe('handoff');
  });
});
