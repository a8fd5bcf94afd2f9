import { closeSqlite, openSqlite } from '@handoff/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeReadStoreContract } from '../testing/read-store.contract';
import { SqliteReadStore } from './sqlite-read-store.adapter';

describeReadStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-rs-'));
  const path = join(dir, 'read.db');
  return {
    open: async () => new SqliteReadStore(path),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('SQLite read store generations', () => {
  const ITEMS = { name: 'items', fields: { status: 'text' as const }, indexes: [['status']] };
  let dir: string;
  let store: SqliteReadStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-rs-gen-'));
    store = new SqliteReadStore(join(dir, 'read.db'));
    await store.init([ITEMS]);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const indexesOf = (generation: number): string[] => {
    const db = openSqlite(join(dir, 'read.db'));
    try {
      return db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").pluck().all(`rm_items_g${generation}`) as string[];
    } finally {
      closeSqlite(db);
    }
  };

  it('indexes a generation being built only once it is swapped in', async () => {
    await store.createGeneration('items', 1);
    const next = await store.createGeneration('items', 2);
    expect(indexesOf(1)).toHaveLength(1);
    expect(indexesOf(next.generation)).toHaveLength(0);

    await store.acquireLease('items', 'projector', 60_000);
    await store.activateGeneration('items', next.generation, 'projector');
    expect(indexesOf(next.generation)).toHaveLength(1);
  });
});
