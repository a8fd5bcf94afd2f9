import { EventStore, SqliteEventStore } from '@handoff/event-store';
import { ReadStore, SqliteReadStore } from '@handoff/read-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dispatch } from '../outbox-dispatcher';
import { ProcessManager } from '../process-manager';
import { ProcessManagerRunner, RunnerOptions } from '../process-manager-runner';

/** A temporary SQLite file (event store and read store in one, as the default deployment) and what is opened on it. */
export class PmFiles {
  readonly dir = mkdtempSync(join(tmpdir(), 'handoff-pm-'));
  private readonly closers: Array<() => Promise<void>> = [];

  get path(): string {
    return join(this.dir, 'handoff.db');
  }

  eventStore(): SqliteEventStore {
    const store = new SqliteEventStore(this.path, { pollIntervalMs: 5 });
    this.closers.push(() => store.close());
    return store;
  }

  readStore(): SqliteReadStore {
    const store = new SqliteReadStore(this.path);
    this.closers.push(() => store.close());
    return store;
  }

  runner(eventStore: EventStore, readStore: ReadStore, manager: ProcessManager, dispatch: Dispatch, options: RunnerOptions = {}): ProcessManagerRunner {
    const runner = new ProcessManagerRunner(eventStore, readStore, manager, dispatch, { leaseTtlMs: 1000, ...options });
    this.closers.push(() => runner.stop());
    return runner;
  }

  async cleanup(): Promise<void> {
    for (const close of this.closers.reverse()) await close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
