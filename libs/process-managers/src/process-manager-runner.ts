import { EventStore, EventSubscription, RecordedEvent } from '@handoff/event-store';
import { DocumentWrite, Mutex, ReadStore } from '@handoff/read-store';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Dispatch, OutboxDispatcher, PmLogger, silentPmLogger } from './outbox-dispatcher';
import { PmStore, pmCollection } from './pm-store';
import { storedCheckpoint } from './pm-checkpoint';
import { ProcessManager, Timer } from './process-manager';
import { ReactionBatch } from './reaction-batch';
import { RunnerOptions, RunnerStatus } from './runner.types';

export type { RunnerOptions, RunnerStatus } from './runner.types';
import { fireTimers, reactToEvents } from './reactions';
import { TimerAlarm } from './timer-alarm';

const TIMER_PAGE = 100;
/** Events of no interest to the manager move its stored checkpoint only this often (a commit each is a write each). */
const IDLE_COMMIT_EVERY = 500;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one process manager against a store: while it holds the manager's lease it follows the log from the
 * manager's checkpoint and fires its due timers; each batch commits the state, timers, outbox and checkpoint in one
 * read-store transaction, then the outbox is sent through `dispatch`. Nest-free: the api and the projector host it.
 */
export class ProcessManagerRunner {
  private readonly owner: string;
  private readonly leaseTtlMs: number;
  private readonly now: () => Date;
  private readonly logger: PmLogger;
  private readonly store: PmStore;
  private readonly mutex = new Mutex();
  private readonly outbox: OutboxDispatcher;
  private readonly alarm: TimerAlarm;
  private owned = false;
  private stopped = false;
  private generation = 0;
  private checkpoint = 0n;
  /** A fresh generation's fold holds its due timers until it reaches the head it started at (see `load`). */
  private timersHeldUntil = 0n;
  private sequence = 0;
  private passedSinceCommit = 0;
  /** When the lease was last renewed (this process's clock). */
  private renewedAt = 0;
  private leaseTimer?: NodeJS.Timeout;
  private subscription?: EventSubscription;
  private following?: Promise<void>;
  private renewing?: Promise<void>;

  constructor(
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    private readonly manager: ProcessManager,
    dispatch: Dispatch,
    options: RunnerOptions = {},
  ) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.leaseTtlMs = options.leaseTtlMs ?? 15_000;
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger ?? silentPmLogger;
    this.store = new PmStore(readStore, manager.name);
    this.outbox = new OutboxDispatcher(
      { pending: (limit) => this.store.outbox(limit), remove: (ids) => this.commitSent(ids), active: () => this.owned && !this.stopped },
      dispatch, this.logger, options.retryDelayMs ?? { min: 100, max: 5000 },
    );
    this.alarm = new TimerAlarm(() => this.nextDueAt(), () => this.fireDueTimers(), this.now, options.maxTimerWaitMs ?? 1000, this.logger);
  }

  async start(): Promise<void> {
    await this.readStore.init([pmCollection(this.manager.name)]);
    await this.renewLease();
    this.leaseTimer = setInterval(() => this.renewOnce(), this.leaseTtlMs / 3);
    this.leaseTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.leaseTimer) clearInterval(this.leaseTimer);
    await this.renewing;
    this.alarm.stop();
    await this.subscription?.close();
    await this.following;
    await this.outbox.idle();
    await this.alarm.idle();
    await this.mutex.run(async () => {
      if (this.owned) await this.readStore.releaseLease(this.store.collection, this.owner);
      this.owned = false;
    });
  }

  status(): RunnerStatus {
    return { manager: this.manager.name, owned: this.owned, checkpoint: this.checkpoint };
  }

  pendingTimers(): Promise<Timer[]> {
    return this.store.pendingTimers();
  }

  /** One renewal at a time: a slow one (a store under load) is not overtaken by the next tick. */
  private renewOnce(): void {
    if (this.renewing) return;
    this.renewing = this.renewLease()
      .catch((error) => this.logger.error(`process manager ${this.manager.name}: could not renew the lease: ${String(error)}`))
      .finally(() => (this.renewing = undefined));
  }

  private async renewLease(): Promise<void> {
    if (this.stopped) return;
    const renewedAt = Date.now();
    const held = await this.readStore.acquireLease(this.store.collection, this.owner, this.leaseTtlMs);
    // Renewed after it could have expired (this process was paused): another runner may have acted meanwhile.
    const lapsed = this.owned && renewedAt - this.renewedAt >= this.leaseTtlMs;
    if (held) this.renewedAt = renewedAt;
    if (held && lapsed) {
      this.logger.warn(`process manager ${this.manager.name}: the lease lapsed; going on from the stored checkpoint`);
      this.owned = false;
      await this.subscription?.close();
      await this.following;
    }
    if (held && !this.owned) {
      await this.mutex.run(() => this.load());
      this.owned = true;
      this.logger.log(`process manager ${this.manager.name}: holding the lease from position ${this.checkpoint}`);
      this.following = this.follow();
      this.alarm.wake();
      this.outbox.kick();
    } else if (!held && this.owned) {
      this.owned = false;
      this.logger.warn(`process manager ${this.manager.name}: lost the lease; another runner acts`);
      await this.subscription?.close();
    }
  }

  private async load(): Promise<void> {
    const generation = await storedCheckpoint(this.readStore, this.eventStore, this.manager, this.owner, this.logger);
    this.generation = generation.generation;
    this.checkpoint = BigInt(generation.checkpoint);
    // A fold from the beginning arms timers of long ago, already due: one fired before the fold reaches the event
    // that cancels it would send what the log no longer wants.
    this.timersHeldUntil = generation.fresh ? await this.eventStore.headPosition() : 0n;
  }

  private timersHeld(): boolean {
    return this.checkpoint < this.timersHeldUntil;
  }

  /** None while timers are held: the alarm waits for the wake at the end of the hold (or its backstop). */
  private async nextDueAt(): Promise<number | null> {
    const due = await this.store.nextDueAt();
    return this.timersHeld() ? null : due;
  }

  private async follow(): Promise<void> {
    while (this.owned && !this.stopped) {
      const subscription = this.eventStore.subscribe(this.checkpoint);
      this.subscription = subscription;
      try {
        for await (const events of subscription) {
          if (!this.owned || this.stopped) break;
          await this.mutex.run(() => this.handle(events));
        }
      } catch (error) {
        this.logger.error(`process manager ${this.manager.name} stopped following the log: ${String(error)}; resuming from its checkpoint`);
        await sleep(500);
        if (this.owned && !this.stopped) await this.mutex.run(() => this.load()).catch((e) => this.logger.error(String(e)));
      } finally {
        await subscription.close();
      }
    }
  }

  private async handle(events: readonly RecordedEvent[]): Promise<void> {
    const pending = events.filter((event) => event.position > this.checkpoint);
    if (pending.length === 0) return;
    const batch = this.batch();
    await reactToEvents(this.manager, batch, pending, this.now(), (event, error) =>
      this.logger.error(`process manager ${this.manager.name} could not react to ${event.type} at ${event.position}: ${String(error)}`),
    );
    const last = pending[pending.length - 1].position;
    const held = this.timersHeld();
    const writes = batch.documentWrites();
    this.passedSinceCommit += pending.length;
    if (writes.length === 0 && this.passedSinceCommit < IDLE_COMMIT_EVERY) {
      // Nothing to keep: the next commit stores this position (replaying these events after a crash changes nothing).
      this.checkpoint = last;
    } else {
      await this.commit(writes, last);
      this.afterCommit(batch);
    }
    if (held && !this.timersHeld()) {
      this.logger.log(`process manager ${this.manager.name}: the fold reached position ${this.timersHeldUntil}; due timers fire from now on`);
      this.alarm.wake();
    }
  }

  private async fireDueTimers(): Promise<void> {
    for (;;) {
      const fired = await this.mutex.run(async () => {
        if (!this.owned || this.stopped || this.timersHeld()) return 0;
        const now = this.now();
        const due = await this.store.dueTimers(now, TIMER_PAGE);
        if (due.length === 0) return 0;
        const batch = this.batch();
        await fireTimers(this.manager, batch, due, now);
        await this.commit(batch.documentWrites(), this.checkpoint);
        this.afterCommit(batch);
        return due.length;
      });
      if (fired < TIMER_PAGE) return;
    }
  }

  private async commitSent(commandIds: readonly string[]): Promise<void> {
    await this.mutex.run(async () => {
      const batch = this.batch();
      for (const id of commandIds) batch.sent(id);
      await this.commit(batch.documentWrites(), this.checkpoint);
    });
  }

  private batch(): ReactionBatch {
    return new ReactionBatch(this.store, `${String(Date.now()).padStart(15, '0')}.${String(++this.sequence).padStart(9, '0')}`);
  }

  /** Fenced by the lease: a runner that lost it commits nothing. */
  private async commit(writes: DocumentWrite[], checkpoint: bigint): Promise<void> {
    await this.readStore.commit({ projection: this.store.collection, generation: this.generation, checkpoint: checkpoint.toString(), writes, owner: this.owner });
    this.checkpoint = checkpoint;
    this.passedSinceCommit = 0;
  }

  private afterCommit(batch: ReactionBatch): void {
    if (batch.commands.length) this.outbox.kick();
    if (batch.setsTimers) this.alarm.wake();
  }
}
