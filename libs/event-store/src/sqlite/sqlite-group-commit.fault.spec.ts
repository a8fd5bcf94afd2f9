import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyConflict } from '@handoff/domain';
import { newEvents } from '../testing/event-store.contract';
import { commandAppends } from '../testing/multi-append.contract';
import { SqliteEventStore } from './sqlite-event-store.adapter';

type Statement = Database.Statement;

/**
 * What SQLite does on SQLITE_FULL (or SQLITE_IOERR, SQLITE_NOMEM) in the worst case: it rolls back the whole
 * transaction, not only the failing statement. The fault wraps the store's real insert statement on its real file.
 */
function failTheNthInsertRollingBackEverything(store: SqliteEventStore, nth: number): void {
  const db = store['db'] as Database.Database;
  const statements = store['statements'] as { insert: Statement };
  const real = statements.insert;
  let calls = 0;
  statements.insert = new Proxy(real, {
    get(target, property) {
      if (property === 'run') {
        return (...args: unknown[]) => {
          if (++calls === nth) {
            db.prepare('ROLLBACK').run();
            throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
          }
          return target.run(...args);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('SQLite group commit under a fault that rolls back the whole transaction', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'handoff-group-fault-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('acknowledges exactly the appends that are committed, so no client retries a committed one', async () => {
    const path = join(dir, 'events.db');
    const store = new SqliteEventStore(path);
    const streams = ['s-before', 's-faulted', 's-after-1', 's-after-2'].map((name) => `conversation-t.${name}`);
    failTheNthInsertRollingBackEverything(store, 2);

    const outcomes = await Promise.allSettled(
      streams.map((stream, index) => store.append(stream, newEvents(`cmd-${index}`, 1), 'no_stream')),
    );
    await store.close();

    const reopened = new SqliteEventStore(path);
    try {
      for (const [index, stream] of streams.entries()) {
        const committed = (await reopened.readStream(stream)).length > 0;
        expect({ stream, acknowledged: outcomes[index].status === 'fulfilled' }).toEqual({ stream, acknowledged: committed });
      }
      expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: { code: 'SQLITE_FULL' } });
    } finally {
      await reopened.close();
    }
  });

  it('acknowledges a multi-stream append in a group only if all of it is committed', async () => {
    const path = join(dir, 'events.db');
    const store = new SqliteEventStore(path);
    const [before, agent, conversation, after] = ['s-before', 'agent', 'conversation', 's-after'].map((name) => `conversation-t.${name}`);
    // Inserts: 1 before, 2 the conversation, 3 the agent (faulted), 4 after.
    failTheNthInsertRollingBackEverything(store, 3);

    const outcomes = await Promise.allSettled([
      store.append(before, newEvents('cmd-before', 1), 'no_stream'),
      store.appendToStreams(commandAppends('cmd-take', [[conversation, 'no_stream'], [agent, 'no_stream']])),
      store.append(after, newEvents('cmd-after', 1), 'no_stream'),
    ]);
    await store.close();

    const reopened = new SqliteEventStore(path);
    try {
      const committed = async (stream: string): Promise<boolean> => (await reopened.readStream(stream)).length > 0;
      const acknowledged = outcomes.map((outcome) => outcome.status === 'fulfilled');
      expect(acknowledged).toEqual([await committed(before), await committed(conversation), await committed(after)]);
      expect(await committed(conversation)).toBe(await committed(agent));
      expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: { code: 'SQLITE_FULL' } });
    } finally {
      await reopened.close();
    }
  });

  it('refuses a multi-stream append of a group whole when one of its streams conflicts, committing the rest of the group', async () => {
    const store = new SqliteEventStore(join(dir, 'events.db'));
    try {
      const [before, agent, conversation, after] = ['s-before', 'agent', 'conversation', 's-after'].map((name) => `conversation-t.${name}`);
      const outcomes = await Promise.allSettled([
        store.append(before, newEvents('cmd-before', 1), 'no_stream'),
        store.appendToStreams(commandAppends('cmd-take', [[conversation, 'no_stream'], [agent, 1]])),
        store.append(after, newEvents('cmd-after', 1), 'no_stream'),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyConflict);
      expect(await store.readStream(conversation)).toEqual([]);
      expect((await store.readAll(0n, 10)).map((event) => event.stream)).toEqual([before, after]);
    } finally {
      await store.close();
    }
  });

  it('keeps appending once the fault has passed', async () => {
    const path = join(dir, 'events.db');
    const store = new SqliteEventStore(path);
    failTheNthInsertRollingBackEverything(store, 1);
    await expect(store.append('conversation-t.a', newEvents('cmd-a', 1), 'no_stream')).rejects.toMatchObject({ code: 'SQLITE_FULL' });
    expect(await store.append('conversation-t.a', newEvents('cmd-a', 1), 'no_stream')).toMatchObject({ appended: true, nextVersion: 1 });
    await store.close();
  });
});
