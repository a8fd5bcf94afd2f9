import { anyDocument } from './any-document';
import { BadInput } from '@handoff/domain';
import { CollectionSpec, ReadDocument, ReadStore } from '../read-store.port';

export interface ReadStoreFixture {
  /** A new connection to the same underlying store. */
  open(): Promise<ReadStore>;
  cleanup(): Promise<void>;
}

export const ITEMS: CollectionSpec = {
  name: 'contract-items',
  fields: { queueId: 'text', status: 'text', rank: 'integer', at: 'text', flag: 'integer' },
  indexes: [['queueId', 'status', 'rank'], ['at']],
};

const OWNER = 'contract-projector';
const announcedSkips = new Set<string>();

function item(tenantId: string, id: string, fields: Partial<Record<string, unknown>> = {}): ReadDocument {
  return anyDocument({ tenantId, id, queueId: 'q1', status: 'QUEUED', rank: 0, at: '2026-01-01T00:00:00.000Z', flag: false, ...fields });
}

/** The behaviour every ReadStore adapter must have. */
export function describeReadStoreContract(
  name: string,
  makeFixture: () => Promise<ReadStoreFixture>,
  options: { skipReason?: string } = {},
): void {
  if (options.skipReason) {
    describe(`${name} read store contract`, () => {
      it.skip(options.skipReason ?? '', () => undefined);
    });
    // Straight to stdout, not through jest's console buffer, which a fully skipped suite does not print; once.
    if (!announcedSkips.has(options.skipReason)) process.stdout.write(`${options.skipReason}\n`);
    announcedSkips.add(options.skipReason);
    return;
  }

  describe(`${name} read store contract`, () => {
    let fixture: ReadStoreFixture;
    let store: ReadStore;
    let generation: number;

    async function put(...documents: ReadDocument[]): Promise<void> {
      await store.commit({
        projection: ITEMS.name,
        generation,
        checkpoint: String(documents.length),
        owner: OWNER,
        writes: documents.map((document) => ({ kind: 'put', document })),
      });
    }

    beforeEach(async () => {
      fixture = await makeFixture();
      store = await fixture.open();
      await store.init([ITEMS]);
      generation = (await store.createGeneration(ITEMS.name, 1)).generation;
      expect(await store.acquireLease(ITEMS.name, OWNER, 60_000)).toBe(true);
    });
    afterEach(async () => {
      await store.close();
      await fixture.cleanup();
    });

    it('stores documents with the checkpoint and reads them back by tenant and id', async () => {
      await put(item('t1', 'a', { rank: 3 }));
      expect(await store.get(ITEMS.name, 't1', 'a')).toEqual(item('t1', 'a', { rank: 3 }));
      const [generationRow] = await store.generations(ITEMS.name);
      expect(generationRow).toMatchObject({ generation, version: 1, checkpoint: '1', active: true });
    });

    it('never shows one tenant the documents of another', async () => {
      await put(item('t1', 'a'), item('t2', 'b'));
      expect(await store.get(ITEMS.name, 't2', 'a')).toBeNull();
      expect((await store.list(ITEMS.name, 't2')).map((d) => d.id)).toEqual(['b']);
      expect((await store.find(ITEMS.name, { tenantId: 't2', orderBy: [], first: 10 })).totalCount).toBe(1);
    });

    it('replaces a document on a second put and removes it on delete', async () => {
      await put(item('t1', 'a', { rank: 1 }));
      await put(item('t1', 'a', { rank: 2 }));
      expect(await store.get(ITEMS.name, 't1', 'a')).toMatchObject({ rank: 2 });
      await store.commit({ projection: ITEMS.name, generation, checkpoint: '3', owner: OWNER, writes: [{ kind: 'delete', tenantId: 't1', id: 'a' }] });
      expect(await store.get(ITEMS.name, 't1', 'a')).toBeNull();
    });

    it('filters with eq, in, gte, lt and anyOf', async () => {
      await put(
        item('t1', 'a', { status: 'QUEUED', rank: 1 }),
        item('t1', 'b', { status: 'ASSIGNED', rank: 2 }),
        item('t1', 'c', { status: 'CLOSED', rank: 3, queueId: 'q2' }),
      );
      const ids = async (where: Parameters<ReadStore['list']>[2]): Promise<string[]> =>
        (await store.list(ITEMS.name, 't1', where, [{ field: 'rank', direction: 'asc' }])).map((d) => d.id);
      expect(await ids([{ field: 'status', eq: 'QUEUED' }])).toEqual(['a']);
      expect(await ids([{ field: 'status', in: ['QUEUED', 'CLOSED'] }])).toEqual(['a', 'c']);
      expect(await ids([{ field: 'rank', gte: 2 }, { field: 'rank', lt: 3 }])).toEqual(['b']);
      expect(await ids([{ anyOf: [{ field: 'queueId', eq: 'q2' }, { field: 'status', eq: 'ASSIGNED' }] }])).toEqual(['b', 'c']);
      expect(await ids([{ field: 'flag', eq: false }])).toEqual(['a', 'b', 'c']);
    });

    it('pages in sort order with cursors that stay stable while documents are added', async () => {
      await put(...[5, 1, 4, 2, 3].map((rank) => item('t1', `r${rank}`, { rank })));
      const query = { tenantId: 't1', orderBy: [{ field: 'rank', direction: 'desc' as const }], first: 2 };
      const first = await store.find(ITEMS.name, query);
      expect(first.documents.map((d) => d.id)).toEqual(['r5', 'r4']);
      expect(first).toMatchObject({ hasNextPage: true, totalCount: 5 });
      await put(item('t1', 'r9', { rank: 9 }));
      const second = await store.find(ITEMS.name, { ...query, after: first.endCursor ?? undefined });
      expect(second.documents.map((d) => d.id)).toEqual(['r3', 'r2']);
      const third = await store.find(ITEMS.name, { ...query, after: second.endCursor ?? undefined });
      expect(third.documents.map((d) => d.id)).toEqual(['r1']);
      expect(third.hasNextPage).toBe(false);
      expect(third.totalCount).toBe(6);
    });

    it('breaks ties in the sort order by id', async () => {
      await put(item('t1', 'b'), item('t1', 'a'), item('t1', 'c'));
      const page1 = await store.find(ITEMS.name, { tenantId: 't1', orderBy: [{ field: 'rank', direction: 'asc' }], first: 2 });
      const page2 = await store.find(ITEMS.name, {
        tenantId: 't1', orderBy: [{ field: 'rank', direction: 'asc' }], first: 2, after: page1.endCursor ?? undefined,
      });
      expect([...page1.documents, ...page2.documents].map((d) => d.id)).toEqual(['a', 'b', 'c']);
    });

    it('pages past documents whose sort field is null, in both directions', async () => {
      await put(item('t1', 'a', { rank: null }), item('t1', 'b', { rank: null }), item('t1', 'c', { rank: 1 }), item('t1', 'd', { rank: 2 }));
      for (const [direction, expected] of [['asc', ['a', 'b', 'c', 'd']], ['desc', ['d', 'c', 'b', 'a']]] as const) {
        const seen: string[] = [];
        let after: string | undefined;
        for (let page = 0; page < 5; page++) {
          const result = await store.find(ITEMS.name, { tenantId: 't1', orderBy: [{ field: 'rank', direction }], first: 1, after });
          seen.push(...result.documents.map((d) => d.id));
          if (!result.hasNextPage) break;
          after = result.endCursor ?? undefined;
        }
        expect({ direction, seen }).toEqual({ direction, seen: expected });
      }
    });

    it('refuses a cursor it did not issue', async () => {
      await expect(
        store.find(ITEMS.name, { tenantId: 't1', orderBy: [], first: 1, after: 'not-a-cursor' }),
      ).rejects.toBeInstanceOf(BadInput);
    });

    it('writes nothing of a batch whose projector lost its lease', async () => {
      await store.releaseLease(ITEMS.name, OWNER);
      expect(await store.acquireLease(ITEMS.name, 'someone-else', 60_000)).toBe(true);
      await expect(put(item('t1', 'a'))).rejects.toThrow();
      expect(await store.get(ITEMS.name, 't1', 'a')).toBeNull();
      expect((await store.generations(ITEMS.name))[0].checkpoint).toBe('0');
    });

    it('grants a lease to one owner at a time until it expires', async () => {
      expect(await store.acquireLease(ITEMS.name, 'other', 60_000)).toBe(false);
      expect(await store.acquireLease('other-projection', 'other', 1)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(await store.acquireLease('other-projection', OWNER, 60_000)).toBe(true);
    });

    it('fills a new generation beside the active one and swaps atomically', async () => {
      await put(item('t1', 'old'));
      const next = await store.createGeneration(ITEMS.name, 2);
      expect(next.active).toBe(false);
      await store.commit({
        projection: ITEMS.name, generation: next.generation, checkpoint: '7', owner: OWNER,
        writes: [{ kind: 'put', document: item('t1', 'new') }],
      });
      expect((await store.list(ITEMS.name, 't1')).map((d) => d.id)).toEqual(['old']);
      expect((await store.load(ITEMS.name, next.generation, 't1', ['new', 'old'])).map((d) => d.id)).toEqual(['new']);
      await store.activateGeneration(ITEMS.name, next.generation, OWNER);
      expect((await store.list(ITEMS.name, 't1')).map((d) => d.id)).toEqual(['new']);
      expect(await store.generations(ITEMS.name)).toEqual([
        { projection: ITEMS.name, generation: next.generation, version: 2, checkpoint: '7', active: true },
      ]);
    });

    describe('refuses a swap, and the serving generation keeps serving,', () => {
      async function expectUnchangedAfter(swap: Promise<void>): Promise<void> {
        const before = await store.generations(ITEMS.name);
        await expect(swap).rejects.toThrow(/cannot activate generation/);
        expect(await store.generations(ITEMS.name)).toEqual(before);
        expect((await store.list(ITEMS.name, 't1')).map((d) => d.id)).toEqual(['old']);
        expect((await store.find(ITEMS.name, { tenantId: 't1', orderBy: [], first: 5 })).totalCount).toBe(1);
      }

      it('for a generation that does not exist', async () => {
        await put(item('t1', 'old'));
        await expectUnchangedAfter(store.activateGeneration(ITEMS.name, generation + 40, OWNER));
      });

      it('for a projector that does not hold the lease', async () => {
        await put(item('t1', 'old'));
        const next = await store.createGeneration(ITEMS.name, 2);
        await store.commit({ projection: ITEMS.name, generation: next.generation, checkpoint: '5', owner: OWNER, writes: [] });
        await expectUnchangedAfter(store.activateGeneration(ITEMS.name, next.generation, 'paused-projector'));
      });

      it('for a generation behind the serving one', async () => {
        await store.commit({ projection: ITEMS.name, generation, checkpoint: '9', owner: OWNER, writes: [{ kind: 'put', document: item('t1', 'old') }] });
        const next = await store.createGeneration(ITEMS.name, 2);
        await store.commit({ projection: ITEMS.name, generation: next.generation, checkpoint: '8', owner: OWNER, writes: [] });
        await expectUnchangedAfter(store.activateGeneration(ITEMS.name, next.generation, OWNER));
      });
    });

    it('answers reads from one generation or the other while another connection swaps', async () => {
      await put(item('t1', 'a'));
      const swapper = await fixture.open();
      try {
        await swapper.init([ITEMS]);
        const reads: Array<Promise<number>> = [];
        for (let round = 0; round < 5; round++) {
          const next = await swapper.createGeneration(ITEMS.name, 2 + round);
          await swapper.commit({
            projection: ITEMS.name, generation: next.generation, checkpoint: String(10 + round), owner: OWNER,
            writes: [{ kind: 'put', document: item('t1', 'a') }],
          });
          const swap = swapper.activateGeneration(ITEMS.name, next.generation, OWNER);
          for (let i = 0; i < 5; i++) reads.push(store.find(ITEMS.name, { tenantId: 't1', orderBy: [], first: 5 }).then((p) => p.documents.length));
          await swap;
        }
        expect(new Set(await Promise.all(reads))).toEqual(new Set([1]));
      } finally {
        await swapper.close();
      }
    });

    it('records what each commit of the active generation changed, in order', async () => {
      const before = await store.changesAfter(0, 1000);
      const from = before.at(-1)?.sequence ?? 0;
      const wake = jest.fn();
      const stop = store.onCommit(wake);
      await put(item('t1', 'a'), item('t2', 'b'));
      stop();
      const changes = await store.changesAfter(from, 10);
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({ projection: ITEMS.name, checkpoint: '2' });
      expect(changes[0].changed).toEqual([{ tenantId: 't1', id: 'a' }, { tenantId: 't2', id: 'b' }]);
      expect(wake).toHaveBeenCalled();
    });

    it('keeps, lists and removes dead letters', async () => {
      const letter = { projection: ITEMS.name, position: '42', eventId: 'e1', eventType: 'X', error: 'boom', failedAt: '2026-01-01T00:00:00.000Z' };
      await store.recordDeadLetter(letter);
      expect(await store.deadLetters(ITEMS.name)).toEqual([letter]);
      await store.removeDeadLetter(ITEMS.name, '42');
      expect(await store.deadLetters()).toEqual([]);
    });

    it('keeps documents and checkpoints after closing and opening again', async () => {
      await put(item('t1', 'a'));
      await store.close();
      store = await fixture.open();
      await store.init([ITEMS]);
      expect(await store.get(ITEMS.name, 't1', 'a')).not.toBeNull();
      expect((await store.generations(ITEMS.name))[0].checkpoint).toBe('1');
    });
  });
}
