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
