import { anyDocument } from '../testing/any-document';
import { Commit, ReadDocument } from '../read-store.port';
import { ITEMS } from '../testing/read-store.contract';
import { changedDocuments, transactionalOperations } from './mongo-writes';

const doc = (id: string, rank: number): ReadDocument => anyDocument({ tenantId: 't1', id, queueId: 'q1', status: 'QUEUED', rank, at: 'x', flag: true });
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

  it('reports every write of the commit as changed, in order', () => {
    const writes: Commit['writes'] = [{ kind: 'put', document: doc('a', 1) }, { kind: 'delete', tenantId: 't2', id: 'b' }];
    expect(changedDocuments(writes)).toEqual([{ tenantId: 't1', id: 'a' }, { tenantId: 't2', id: 'b' }]);
  });

  it('refuses a checkpoint that is not a position', () => {
    expect(() => transactionalOperations(ITEMS, commit([{ kind: 'put', document: doc('a', 1) }], 'latest'))).toThrow();
  });
});
