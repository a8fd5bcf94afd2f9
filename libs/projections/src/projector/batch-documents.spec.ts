import { ReadDocument, ReadStore } from '@handoff/read-store';
import { BatchDocuments, RecentDocuments } from './batch-documents';

/** A read store whose only use here is `load`, counting the documents asked for. */
function storeWith(documents: ReadDocument[]): { store: ReadStore; loads: string[] } {
  const loads: string[] = [];
  const store = {
    load: async (_projection: string, _generation: number, tenantId: string, ids: readonly string[]) => {
      loads.push(...ids);
      return documents.filter((d) => d.tenantId === tenantId && ids.includes(d.id));
    },
  } as unknown as ReadStore;
  return { store, loads };
}

const doc = (id: string, value: number): ReadDocument & { value: number } => ({ tenantId: 't', id, value });

describe('documents remembered across batches', () => {
  it('answers a document a committed batch wrote without loading it again', async () => {
    const { store, loads } = storeWith([]);
    const recent = new RecentDocuments(10);
    const first = new BatchDocuments(store, 'p', 1, recent);
    expect(await first.get('t', 'a')).toBeNull();
    first.put(doc('a', 1));
    first.keepEvent();
    recent.remember(first.state);

    const second = new BatchDocuments(store, 'p', 1, recent);
    expect(await second.get('t', 'a')).toEqual(doc('a', 1));
    expect(await second.get('t', 'b')).toBeNull();
    expect(loads).toEqual(['a', 'b']);
  });

  it('forgets what an event that did not apply staged', async () => {
    const { store } = storeWith([doc('a', 1)]);
    const recent = new RecentDocuments(10);
    const batch = new BatchDocuments(store, 'p', 1, recent);
    await batch.get('t', 'a');
    batch.put(doc('a', 2));
    batch.discardEvent();
    recent.remember(batch.state);

    expect(await new BatchDocuments(store, 'p', 1, recent).get('t', 'a')).toEqual(doc('a', 1));
  });

  it('keeps at most its capacity, dropping the least recently used first', async () => {
    const { store, loads } = storeWith([doc('a', 1), doc('b', 1), doc('c', 1)]);
    const recent = new RecentDocuments(2);
    for (const id of ['a', 'b', 'c']) {
      const batch = new BatchDocuments(store, 'p', 1, recent);
      await batch.get('t', id);
      recent.remember(batch.state);
    }
    loads.length = 0;
    const batch = new BatchDocuments(store, 'p', 1, recent);
    for (const id of ['a', 'b', 'c']) await batch.get('t', id);
    expect(loads).toEqual(['a']);
  });
});
