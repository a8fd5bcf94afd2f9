import { EventStore, SqliteEventStore } from '@handoff/event-store';
import { ReadStore, SqliteReadStore } from '@handoff/read-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Projection } from '../projection';
import { Projector } from '../projector/projector';

/** A temporary directory of SQLite files, and everything opened on them, closed in reverse order. */
export class SqliteFiles {
  readonly dir = mkdtempSync(join(tmpdir(), 'handoff-projector-'));
  private readonly closers: Array<() => Promise<void>> = [];

  path(name = 'handoff.db'): string {
    return join(this.dir, name);
  }

  eventStore(name?: string): SqliteEventStore {
    const store = new SqliteEventStore(this.path(name), { pollIntervalMs: 5 });
    this.closers.push(() => store.close());
    return store;
  }

  readStore(name?: string): SqliteReadStore {
    const store = new SqliteReadStore(this.path(name));
    this.closers.push(() => store.close());
    return store;
  }

  projector(eventStore: EventStore, readStore: ReadStore, projections: readonly Projection[], options: ConstructorParameters<typeof Projector>[3] = {}): Projector {
    const projector = new Projector(eventStore, readStore, projections, options);
    this.closers.push(() => projector.stop());
    return projector;
  }

  async cleanup(): Promise<void> {
    for (const close of this.closers.reverse()) await close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Every document of every collection, tenant by tenant and by id, as stored (JSON text): two read stores hold the
 * same read models when their dumps are equal, byte for byte.
 */
export async function dumpReadModels(
  readStore: ReadStore,
  projections: readonly Projection[],
  tenants: readonly string[],
): Promise<Record<string, string>> {
  const dump: Record<string, string> = {};
  for (const projection of projections) {
    const documents = [];
    for (const tenant of [...tenants].sort()) documents.push(...(await readStore.list(projection.collection.name, tenant)));
    dump[projection.name] = JSON.stringify(documents);
  }
  return dump;
}

export async function waitUntil(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Until every projection's serving generation reached the log's head and none is being rebuilt. */
export async function caughtUp(projector: Projector, eventStore: EventStore, timeoutMs?: number): Promise<void> {
  const head = await eventStore.headPosition();
  await waitUntil(
    `the projections reached position ${head}`,
    () => projector.status().every((s) => s.owned && s.position >= head && !s.building),
    timeoutMs,
  );
}
