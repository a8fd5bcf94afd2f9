import {
  EventStore, eventIdFor, NewEvent, personalDataLayerOf, RecordedEvent, SqliteEventStore, storedForm,
} from '@handoff/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../../event-store/src/testing/event-store.contract';
import { ConfigError } from './config';
import { openEventStore } from './stores';

const MASTER = Buffer.alloc(32, 7);
const configFor = (path: string, master = MASTER) =>
  ({ eventStore: { kind: 'sqlite', path }, readStore: { kind: 'sqlite', path }, dataKey: { master, development: false } }) as const;

describeEventStoreContract('SQLite beneath the personal-data layer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-pd-contract-'));
  return {
    open: () => openEventStore(configFor(join(dir, 'events.db'))),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

function event(stream: string, commandId: string, type: string, data: Record<string, unknown>, tenantId = 'acme'): NewEvent {
  return {
    eventId: eventIdFor({ tenantId, stream, commandId }, 0),
    type,
    data,
    metadata: {
      tenantId, actor: { id: 'sup', role: 'SUPERVISOR' }, occurredAt: '2026-12-01T10:00:00.000Z',
      commandId, correlationId: commandId, causationId: commandId, schemaVersion: 2, commandHash: `hash-${commandId}`,
    },
  };
}

const NAME = 'Ana Sentinel';
const NOTE = 'tax id 20-1234';

async function conversationOf(store: EventStore, id: string, contactId: string | null): Promise<string> {
  const stream = `conversation-acme.${id}`;
  const contact = contactId ? { contact: { id: contactId, name: `${NAME} ${id}` } } : {};
  await store.append(stream, [event(stream, `${id}-open`, 'ConversationOpened', { conversationId: id, queueId: 'q1', channel: 'chat', ...contact })], 'no_stream');
  await store.append(stream, [event(stream, `${id}-unassign`, 'ConversationUnassigned', { conversationId: id, agentId: 'a', queueId: 'q1', note: `${NOTE} ${id}` })], 1);
  return stream;
}

const personal = (events: RecordedEvent[]) =>
  events.map((e) => ({ name: (e.data.contact as { name?: unknown } | undefined)?.name, note: e.data.note, erased: e.personalDataErased ?? false }));

describe('the personal-data layer that openEventStore installs', () => {
  let dir: string;
  let path: string;
  let store: EventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-pd-'));
    path = join(dir, 'handoff.db');
    store = await openEventStore(configFor(path));
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores names and notes sealed, and reads them open on every way out', async () => {
    const stream = await conversationOf(store, 'c1', 'k1');
    const asStored = await storedForm(store).readStream(stream);
    expect(JSON.stringify(asStored.map((e) => e.data))).not.toMatch(/Sentinel|tax id/);
    expect(asStored[1].data.note).toMatchObject({ $pd: 1 });
    const expected = [{ name: `${NAME} c1`, note: undefined, erased: false }, { name: undefined, note: `${NOTE} c1`, erased: false }];
    expect(personal(await store.readStream(stream))).toEqual(expected);
    expect(personal(await store.readAll(0n, 10))).toEqual(expected);
    const subscription = store.subscribe(0n);
    const iterator = subscription[Symbol.asyncIterator]();
    const batch = (await iterator.next()).value as RecordedEvent[];
    await subscription.close();
    expect(personal(batch)).toEqual(expected);
  });

  it('reads null, marked erased, once the contact is forgotten; other contacts and keyless conversations stay readable', async () => {
    const forgotten = await conversationOf(store, 'c1', 'k1');
    const alsoForgotten = await conversationOf(store, 'c2', 'k1');
    const kept = await conversationOf(store, 'c3', 'k2');
    const noContact = await conversationOf(store, 'c4', null);
    expect(await personalDataLayerOf(store)!.forgetContact('acme', 'k1')).toEqual(['c1', 'c2']);
    for (const stream of [forgotten, alsoForgotten]) {
      expect(personal(await store.readStream(stream))).toEqual([{ name: null, note: undefined, erased: true }, { name: undefined, note: null, erased: true }]);
    }
    expect(personal(await store.readStream(kept))[1]).toEqual({ name: undefined, note: `${NOTE} c3`, erased: false });
    expect(personal(await store.readStream(noContact))[1]).toEqual({ name: undefined, note: `${NOTE} c4`, erased: false });
  });

  it('reads null in another process too, which never had the key in memory', async () => {
    const stream = await conversationOf(store, 'c1', 'k1');
    await personalDataLayerOf(store)!.forgetContact('acme', 'k1');
    const other = await openEventStore(configFor(path));
    try {
      expect(personal(await other.readStream(stream)).map((field) => field.erased)).toEqual([true, true]);
    } finally {
      await other.close();
    }
  });

  it('stops serving a key another process destroyed at its next read, before the erasure event reaches the log', async () => {
    const stream = await conversationOf(store, 'c1', 'k1');
    const other = await openEventStore(configFor(path));
    try {
      expect(personal(await other.readStream(stream))[1].note).toBe(`${NOTE} c1`);
      await personalDataLayerOf(store)!.forgetContact('acme', 'k1');
      expect(personal(await other.readStream(stream))[1]).toEqual({ name: undefined, note: null, erased: true });
      await store.append(stream, [event(stream, 'c1-erased', 'ConversationPersonalDataErased', { conversationId: 'c1', contactId: 'k1', transferIds: [] })], 2);
      await other.readAll(0n, 100);
      expect(personal(await other.readStream(stream))[1]).toEqual({ name: undefined, note: null, erased: true });
    } finally {
      await other.close();
    }
  });

  it('keeps retries idempotent: the same event ids append nothing and answer the same', async () => {
    const stream = await conversationOf(store, 'c1', 'k1');
    const retry = event(stream, 'c1-unassign', 'ConversationUnassigned', { conversationId: 'c1', agentId: 'a', queueId: 'q1', note: `${NOTE} c1` });
    const again = await store.append(stream, [retry], 1);
    expect(again).toMatchObject({ appended: false, nextVersion: 2 });
    expect(await store.findAppend(stream, retry.eventId, 'hash-c1-unassign')).toMatchObject({ nextVersion: 2 });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('seals the notes of a conversation opened before keys existed under its contact, found in the log', async () => {
    const stream = 'conversation-acme.old';
    const plain = new SqliteEventStore(path);
    await plain.append(stream, [event(stream, 'old-open', 'ConversationOpened', { conversationId: 'old', queueId: 'q1', channel: 'chat', contact: { id: 'k9', name: 'Old Name' } })], 'no_stream');
    await plain.close();
    await store.append(stream, [event(stream, 'old-note', 'ConversationUnassigned', { conversationId: 'old', agentId: 'a', queueId: 'q1', note: NOTE })], 1);
    expect(await personalDataLayerOf(store)!.forgetContact('acme', 'k9')).toEqual(['old']);
    // The name written before the layer stays in the log as it was (the documented limitation); the note is erased.
    expect(personal(await store.readStream(stream))).toEqual([{ name: 'Old Name', note: undefined, erased: false }, { name: undefined, note: null, erased: true }]);
  });

  it('refuses to open with a master key that cannot unwrap the stored data keys', async () => {
    await conversationOf(store, 'c1', 'k1');
    await expect(openEventStore(configFor(path, Buffer.alloc(32, 8)))).rejects.toThrow(
      new ConfigError('DATA_KEY cannot unwrap the stored data keys: it is not the key they were written with'),
    );
  });
});
