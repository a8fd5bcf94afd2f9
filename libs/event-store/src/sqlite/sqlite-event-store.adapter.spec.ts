import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store.adapter';
import { NewEvent } from '../event-store.port';
import { closeSqlite, openSqlite } from './sqlite-connection';

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
      closeSqlite(db);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checkpoints the WAL into the database file from a worker, with no commit waiting for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-checkpoint-'));
    const path = join(dir, 'events.db');
    const store = new SqliteEventStore(path);
    try {
      const note = 'x'.repeat(2000);
      for (let i = 0; i < 100; i++) {
        await store.append(`conversation-t.c${i}`, [event(`e${i}`, { note })], 'no_stream');
      }
      // Far below the connections' own automatic checkpoint: only the worker moves these pages into the file.
      const deadline = Date.now() + 5000;
      while (statSync(path).size < 100 * 2000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(statSync(path).size).toBeGreaterThanOrEqual(100 * 2000);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function event(eventId: string, data: Record<string, unknown>): NewEvent {
  return {
    eventId, type: 'ConversationOpened', data,
    metadata: { tenantId: 't', actor: { id: 'a', role: 'SUPERVISOR' }, occurredAt: new Date().toISOString(), commandId: eventId, correlationId: eventId, causationId: eventId, schemaVersion: 1 },
  };
}
