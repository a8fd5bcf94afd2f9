import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store.adapter';
import { openSqlite } from './sqlite-connection';

describeEventStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-es-'));
  const path = join(dir, 'events.db');
  return {
    open: async () => new SqliteEventStore(path, { pollIntervalMs: 5 }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('SQLite connection', () => {
  it('opens every connection in WAL mode with synchronous=FULL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-pragma-'));
    const db = openSqlite(join(dir, 'nested', 'p.db'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
