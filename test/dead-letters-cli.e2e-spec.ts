import { closeSqlite, openSqlite, RecordedEvent, SqliteEventStore } from '@handoff/event-store';
import { ALL_PROJECTIONS } from '@handoff/projections';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { caughtUp, SqliteFiles } from '../libs/projections/src/testing/read-model-fixture';
import { EventLog, toNewEvent } from '../libs/projections/src/testing/recorded';

const ROOT = join(__dirname, '..');
const run = promisify(execFile);

/** `npm run dead-letters` as an operator runs it, on the given SQLite file. */
async function deadLetters(path: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['-r', './scripts/swc-register.js', 'scripts/dead-letters.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', SQLITE_PATH: path, LOG_LEVEL: 'silent' },
  });
  return stdout;
}

async function appendLog(eventStore: SqliteEventStore, events: readonly RecordedEvent[]): Promise<void> {
  for (const event of events) await eventStore.append(event.stream, [toNewEvent(event)], event.streamVersion - 1);
}

describe('npm run dead-letters', () => {
  let files: SqliteFiles;

  beforeEach(() => {
    files = new SqliteFiles();
  });
  afterEach(() => files.cleanup());

  it('counts an unreadable event it dead-lettered, and tells a retry that applied nothing from one that failed', async () => {
    const log = new EventLog();
    log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Billing' });
    log.add('ConversationOpened', { conversationId: 'c1', queueId: 'sales', channel: 'chat' });
    const assigned = log.add('ConversationAssigned', { conversationId: 'c1', agentId: 'ana', queueId: 'sales' });
    log.add('ConversationClosed', { conversationId: 'c1' });
    const eventStore = files.eventStore();
    await appendLog(eventStore, log.events);
    const raw = openSqlite(files.path());
    raw.prepare("UPDATE events SET data = 'not json' WHERE position = 1").run();
    closeSqlite(raw);
    const readStore = files.readStore();
    const projector = files.projector(eventStore, readStore, ALL_PROJECTIONS);
    await projector.start();
    await caughtUp(projector, eventStore);
    await projector.stop();
    // As the projector records an event a since-fixed projection threw on, after which the conversation moved on.
    await readStore.recordDeadLetter({
      projection: 'conversations', position: assigned.position.toString(), eventId: assigned.eventId,
      eventType: assigned.type, error: 'a bug, since fixed', failedAt: '2026-03-02T10:00:00.000Z',
    });

    const listed = await deadLetters(files.path());
    expect(listed).toContain('transfer-reasons\t1\tTransferReasonDefined\t');
    expect(listed).toContain('the event at position 1 cannot be read: its data is not a JSON object');
    expect(listed).toMatch(/\n2 dead letter\(s\)\n$/);

    const retried = await deadLetters(files.path(), '--retry');
    expect(retried).toContain('conversations\t3\tskipped: applied nothing: the projection had already moved past it\n');
    expect(retried).toContain('transfer-reasons\t1\tfailed: the event at position 1 cannot be read');
    expect(retried).toMatch(/\napplied 0, skipped 1 \(applied nothing: .*\), failed 1; 1 dead letter\(s\) remaining\n$/);
  }, 60_000);
});
