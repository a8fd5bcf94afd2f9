import { ChangeRecord, ReadStore } from '@handoff/read-store';
import { EventEmitter } from 'node:events';
import { FollowerHealth, FollowerStatus, retryDelayMs } from './follower-health';
import { ProjectorLogger, silentLogger } from './projector.types';

export type { FollowerStatus } from './follower-health';

const PAGE = 500;
const DEFAULT_POLL_MS = 20;

export interface ChangeFollowerOptions {
  /** How often to look for commits made by a projector in another process. */
  pollIntervalMs?: number;
  logger?: ProjectorLogger;
}

/**
 * Follows the read store's change log: what each committed batch changed and how far each projection got.
 * It works the same whether the projector runs in this process (woken at once) or in another (polled), so
 * subscriptions and read-your-writes never depend on where the projector runs.
 */
export class ChangeFollower {
  private readonly changes = new EventEmitter();
  private readonly positions = new Map<string, bigint>();
  private sequence = 0;
  private timer?: NodeJS.Timeout;
  private polling = false;
  private again = false;
  private stopCommitListener?: () => void;
  private stopped = false;
  private readonly health: FollowerHealth;

  constructor(private readonly readStore: ReadStore, private readonly options: ChangeFollowerOptions = {}) {
    this.changes.setMaxListeners(0);
    this.health = new FollowerHealth(options.logger ?? silentLogger);
  }

  /** Whether the change log can be read: while it cannot, subscriptions and read-your-writes wait. */
  status(): FollowerStatus {
    return this.health.status();
  }

  /** Starts from now: earlier changes are not replayed, current checkpoints are read as they stand. */
  async start(projections: readonly string[]): Promise<void> {
    // The log's end first, then the checkpoints: a commit in between is then replayed, not missed.
    let latest = await this.readStore.changesAfter(this.sequence, PAGE);
    while (latest.length > 0) {
      this.sequence = latest[latest.length - 1].sequence;
      latest = await this.readStore.changesAfter(this.sequence, PAGE);
    }
    for (const name of projections) {
      const active = (await this.readStore.generations(name)).find((g) => g.active);
      this.positions.set(name, BigInt(active?.checkpoint ?? '0'));
    }
    this.stopCommitListener = this.readStore.onCommit(() => void this.poll());
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.stopCommitListener?.();
    if (this.timer) clearTimeout(this.timer);
    this.changes.emit('stopped');
  }

  onChange(listener: (change: ChangeRecord) => void): () => void {
    this.changes.on('change', listener);
    return () => this.changes.off('change', listener);
  }

  position(projection: string): bigint {
    return this.positions.get(projection) ?? 0n;
  }

  /** Resolves true once the projection's serving generation reached `position`; false after timeoutMs. */
  waitForPosition(projection: string, position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.position(projection) >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const finish = (reached: boolean): void => {
        clearTimeout(timer);
        this.changes.off('change', check);
        this.changes.off('stopped', stopped);
        resolve(reached);
      };
      const check = (): void => {
        if (this.position(projection) >= position) finish(true);
      };
      const stopped = (): void => finish(false);
      const timer = setTimeout(() => finish(this.position(projection) >= position), timeoutMs);
      this.changes.on('change', check);
      this.changes.on('stopped', stopped);
      void this.poll();
    });
  }

  private schedule(): void {
    if (this.stopped) return;
    const interval = this.options.pollIntervalMs ?? DEFAULT_POLL_MS;
    this.timer = setTimeout(() => void this.poll().finally(() => this.schedule()), retryDelayMs(interval, this.health.failures));
    this.timer.unref();
  }

  /** Never rejects (it runs from timers and listeners): a failed read is logged, reported and retried later. */
  private async poll(): Promise<void> {
    if (this.polling) {
      this.again = true;
      return;
    }
    this.polling = true;
    try {
      do {
        this.again = false;
        let records = await this.readStore.changesAfter(this.sequence, PAGE);
        while (records.length > 0 && !this.stopped) {
          for (const record of records) {
            this.sequence = record.sequence;
            const position = BigInt(record.checkpoint);
            if (position > this.position(record.projection)) this.positions.set(record.projection, position);
            this.changes.emit('change', record);
          }
          records = await this.readStore.changesAfter(this.sequence, PAGE);
        }
      } while (this.again && !this.stopped);
      this.health.succeeded();
    } catch (error) {
      this.health.failed(error);
    } finally {
      this.polling = false;
    }
  }
}
