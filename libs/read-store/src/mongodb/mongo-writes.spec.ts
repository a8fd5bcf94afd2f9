import { Commit, ReadDocument } from '../read-store.port';
import { ITEMS } from '../testing/read-store.contract';
import { changedDocuments, guardedOperations, lastWritePerDocument, transactionalOperations } from './mongo-writes';

const doc = (id: string, rank: number): ReadDocument => ({ tenantId: 't1', id, queueId: 'q1', status: 'QUEUED', rank, at: 'x', flag: true });
const commit = (writes: Commit['writes'], checkpoint = '12'): Commit => ({ projection: ITEMS.name, generation: 1, checkpoint, owner: 'p', writes });
const POSITION = '12'.padStart(40, '0');

describe('MongoDB commit writes', () => {
  it('replaces or deletes each document inside a transaction, in write order', () => {
    const operations = transactionalOperations(ITEMS, commit([{ kind: 'put', document: doc('a', 1) }, { kind: 'delete', tenantId: 't1', id: 'b' }]));
    expect(operations).toEqual([
      {
        replaceOne: {
          filter: { _id: 't1\u0000a' },
          replacement: expect.objectContaining({ _id: 't1\u0000a', rank: 1, flag: 1, _pos: POSITION }),
          upsert: true,
        },
      },
      { deleteOne: { filter: { _id: 't1\u0000b' } } },
    ]);
  });

  it('guards each write without a transaction by the stored position, rewriting equal ones', () => {
    const operations = guardedOperations(ITEMS, commit([{ kind: 'put', document: doc('a', 1) }, { kind: 'delete', tenantId: 't1', id: 'b' }]));
    expect(operations).toEqual([
      {
        replaceOne: {
          filter: { _id: 't1\u0000a', _pos: { $lte: POSITION } },
          replacement: expect.objectContaining({ _id: 't1\u0000a', _pos: POSITION }),
          upsert: true,
        },
      },
      { deleteOne: { filter: { _id: 't1\u0000b', _pos: { $lte: POSITION } } } },
    ]);
  });

  it('sends only the last write of a document when the bulk may run in any order', () => {
    const writes: Commit['writes'] = [
      { kind: 'put', document: doc('a', 1) },
      { kind: 'put', document: doc('b', 1) },
      { kind: 'delete', tenantId: 't1', id: 'a' },
      { kind: 'put', document: { ...doc('a', 1), tenantId: 't2' } },
    ];
    expect(lastWritePerDocument(writes)).toEqual([writes[1], writes[2], writes[3]]);
  });

  it('reports every write of the commit as changed, in order', () => {
    const writes: Commit['writes'] = [{ kind: 'put', document: doc('a', 1) }, { kind: 'delete', tenantId: 't2', id: 'b' }];
    expect(changedDocuments(writes)).toEqual([{ tenantId: 't1', id: 'a' }, { tenantId: 't2', id: 'b' }]);
  });

  it('refuses a checkpoint that is not a position', () => {
    expect(() => guardedOperations(ITEMS, commit([], 'latest'))).toThrow();
  });
});
