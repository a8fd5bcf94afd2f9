import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.adapter';
import { closeSqlite, openSqlite } from '../sqlite/sqlite-connection';
import { newEvents } from '../testing/event-store.contract';
import { canonicalJson } from './canonical-json';
import { verifyLog } from './verify-log';

describe('hash chains over a log begun before hashing existed', () => {
  let dir: string;
  let path: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-chain-'));
    path = join(dir, 'events.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Rows as a version of handoff before hashing wrote them: metadata without hash or previousHash. */
  function writeUnhashed(stream: string, count: number): void {
    const db = openSqlite(path);
    const insert = db.prepare('INSERT INTO events (event_id, stream, version, type, data, metadata, command_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
    newEvents(`old-${stream}`, count, { stream }).forEach((event, index) => {
      insert.run(event.eventId, stream, index + 1, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), event.metadata.commandId);
    });
    closeSqlite(db);
  }

  it('counts the unhashed prefix and chains the first new event on nothing', async () => {
    new SqliteEventStore(path).close();
    writeUnhashed('conversation-acme.old', 2);
    const store = new SqliteEventStore(path);
    await store.append('conversation-acme.old', newEvents('new', 2, { stream: 'conversation-acme.old' }), 2);
    const [, , firstHashed] = await store.readStream('conversation-acme.old');
    expect(firstHashed.metadata.previousHash).toBeNull();
    expect(await verifyLog(store)).toMatchObject({ ok: true, streams: 1, events: 4, unhashed: 2, broken: 0 });
    await store.close();
  });

  it('reports an event whose hash was stripped after the chain began', async () => {
    const store = new SqliteEventStore(path);
    await store.append('conversation-acme.c', newEvents('a', 3, { stream: 'conversation-acme.c' }), 'no_stream');
    const db = openSqlite(path);
    db.prepare("UPDATE events SET metadata = json_remove(metadata, '$.hash') WHERE version = 3").run();
    closeSqlite(db);
    const result = await verifyLog(store);
    expect(result).toMatchObject({ ok: false, unhashed: 0, broken: 1 });
    expect(result.firstBroken).toMatchObject({ event: { streamVersion: 3 }, why: 'carries no hash, though the events before it in its stream do' });
    await store.close();
  });

  it('reports a stream stored after hashing began whose every hash was stripped, though legacy streams before it count as unhashed', async () => {
    new SqliteEventStore(path).close();
    writeUnhashed('conversation-acme.old', 2);
    const store = new SqliteEventStore(path);
    await store.append('conversation-acme.c', newEvents('a', 1, { stream: 'conversation-acme.c' }), 'no_stream');
    await store.append('conversation-acme.d', newEvents('b', 2, { stream: 'conversation-acme.d' }), 'no_stream');
    const db = openSqlite(path);
    db.prepare("UPDATE events SET metadata = json_remove(metadata, '$.hash', '$.previousHash') WHERE stream = 'conversation-acme.d'").run();
    closeSqlite(db);
    const result = await verifyLog(store);
    expect(result).toMatchObject({ ok: false, unhashed: 2, broken: 2 });
    expect(result.firstBroken).toMatchObject({ event: { stream: 'conversation-acme.d', streamVersion: 1 }, why: expect.stringContaining('stored after hashing began') });
    await store.close();
  });

  it('verifies only the streams of the tenant asked for', async () => {
    const store = new SqliteEventStore(path);
    await store.append('conversation-acme.c', newEvents('a', 2, { stream: 'conversation-acme.c' }), 'no_stream');
    await store.append('agent-globex.ana', newEvents('b', 1, { stream: 'agent-globex.ana' }), 'no_stream');
    expect(await verifyLog(store, { tenantId: 'globex' })).toMatchObject({ ok: true, streams: 1, events: 1 });
    await store.close();
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes what JSON.stringify writes', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined, 'x'], c: null }, e: undefined })).toBe('{"a":{"c":null,"d":[1,null,"x"]},"b":1}');
  });

  it('gives a value and its JSON round trip the same form', () => {
    const value = { z: 'ñandú "quoted"\n', n: 1e21, f: 0.1, when: new Date(Date.UTC(2026, 0, 1)), list: [{ y: 2, x: 1 }] };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });
});
