import { EventStore, EventSubscription } from '@handoff/event-store';
import { Generation, Mutex, ReadStore } from '@handoff/read-store';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Projection } from '../projection';
import { BatchApplier } from './batch-applier';
import { RetriedLetter, retryDeadLetter, RetryReport, summarize } from './dead-letter-retry';
import { ProjectionStatus, ProjectorLogger, ProjectorOptions, silentLogger, Target, toTarget } from './projector.types';

export type { BuildProgress, ProjectionStatus, ProjectorLogger, ProjectorOptions } from './projector.types';
export type { RetriedLetter, RetryOutcome, RetryReport } from './dead-letter-retry';

const DEFAULT_BATCH = 500;
const DEFAULT_REBUILD_BATCH = 5000;
const DEFAULT_LEASE_TTL_MS = 15_000;
const RETRY_DELAY_MS = 500;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * A store that answers synchronously (SQLite) resolves every await at once: without this between batches a
 * catch-up or a rebuild would run on microtasks alone, starving timers (lease renewal), signals and requests.
 */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Turns the log into read models: one catch-up subscription from the lowest checkpoint feeds every projection,
 * each batch is written with the projection's checkpoint in one commit (at-least-once delivery, effects once).
 * A projection whose code version changed is rebuilt into a new generation beside the serving one and swapped in
 * once caught up. A lease per projection keeps a second projector from writing it.
 */
export class Projector {
  private readonly owner: string;
  private readonly batchSize: number;
  private readonly rebuildBatchSize: number;
  private readonly leaseTtlMs: number;
  private readonly logger: ProjectorLogger;
  private readonly live = new Map<string, Target>();
  private readonly building = new Map<string, Target>();
  private readonly owned = new Set<string>();
  /** When each lease was last renewed (this process's clock). */
  private readonly renewedAt = new Map<string, number>();
  private readonly mutex = new Mutex();
  private readonly applier: BatchApplier;
  private subscription?: EventSubscription;
  private leaseTimer?: NodeJS.Timeout;
  private running: Promise<void>[] = [];
  private stopped = false;
  private started = false;
  private buildingLoop?: Promise<void>;
  /** Set when a projection was (re)loaded from its stored checkpoint: the live batch in hand may be past it. */
  private resubscribe = false;

  constructor(
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectorOptions = {},
  ) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH;
    this.rebuildBatchSize = options.rebuildBatchSize ?? DEFAULT_REBUILD_BATCH;
    this.leaseTtlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
    this.logger = options.logger ?? silentLogger;
    this.applier = new BatchApplier(readStore, this.owner, this.logger, options.now);
  }

  async start(): Promise<void> {
    await this.readStore.init(this.projections.map((p) => p.collection));
    await this.renewLeases();
    this.leaseTimer = setInterval(() => void this.renewLeases().catch((e) => this.logger.error(String(e))), this.leaseTtlMs / 3);
    this.leaseTimer.unref();
    this.started = true;
    this.running = [this.runLive()];
    this.ensureBuilding();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.leaseTimer) clearInterval(this.leaseTimer);
    await this.closeSubscription();
    await Promise.allSettled(this.running);
    await this.mutex.run(async () => {
      for (const name of this.owned) await this.readStore.releaseLease(name, this.owner);
      this.owned.clear();
    });
    this.ensureBuilding();
  }

  /** Builds a new generation of each named projection (all when empty) and swaps it in once caught up. */
  async requestRebuild(names: readonly string[] = []): Promise<void> {
    await this.mutex.run(async () => {
      const selected = this.select(names);
      const foreign = selected.filter((p) => !this.owned.has(p.name)).map((p) => p.name);
      if (foreign.length) throw new Error(`projection(s) ${foreign.join(', ')} are written by another projector`);
      for (const projection of selected) {
        if (this.building.has(projection.name)) continue;
        const generation = await this.readStore.createGeneration(projection.name, projection.version);
        this.building.set(projection.name, toTarget(projection, generation));
      }
    });
    this.ensureBuilding();
  }

  private ensureBuilding(): void {
    if (!this.started || this.stopped || this.buildingLoop || this.building.size === 0) return;
    this.buildingLoop = this.runBuilding()
      .catch(async (error) => {
        this.logger.error(`projector stopped building: ${String(error)}; resuming from checkpoints`);
        await sleep(RETRY_DELAY_MS);
        await this.recover();
      })
      .finally(() => {
        this.buildingLoop = undefined;
        this.ensureBuilding();
      });
    this.running.push(this.buildingLoop);
  }

  /** Resolves when no projection has a generation being built. */
  async whenBuilt(): Promise<void> {
    while (this.building.size > 0 && !this.stopped) await sleep(20);
  }

  status(): ProjectionStatus[] {
    return this.projections.map((projection) => {
      const live = this.live.get(projection.name);
      const building = this.building.get(projection.name);
      return {
        projection: projection.name,
        generation: live?.generation ?? 0,
        version: projection.version,
        position: live?.checkpoint ?? 0n,
        owned: this.owned.has(projection.name),
        ...(building ? { building: { generation: building.generation, position: building.checkpoint } } : {}),
      };
    });
  }

  get deadLettered(): number {
    return this.applier.deadLettered;
  }

  /**
   * Applies each dead-lettered event of a projection this projector writes again, to the serving generation. Those
   * applied or skipped (they changed nothing: the projection had moved past them) leave the list; those that still
   * fail stay. The report says which was which.
   */
  async retryDeadLetters(projectionName?: string): Promise<RetryReport> {
    const retried: RetriedLetter[] = [];
    for (const letter of await this.readStore.deadLetters(projectionName)) {
      if (!this.owned.has(letter.projection)) continue;
      const [event] = await this.eventStore.readAll(BigInt(letter.position) - 1n, 1);
      const outcome = await this.mutex.run(async (): Promise<RetriedLetter> => {
        const target = this.live.get(letter.projection);
        if (!target || !this.owned.has(letter.projection)) return { projection: letter.projection, position: letter.position, outcome: 'failed', reason: 'written by another projector' };
        if (!event || event.eventId !== letter.eventId) return { projection: letter.projection, position: letter.position, outcome: 'failed', reason: 'the event is not in the log at this position' };
        return retryDeadLetter(this.readStore, this.owner, target, letter, event);
      });
      if (outcome.outcome !== 'failed') await this.readStore.removeDeadLetter(letter.projection, letter.position);
      retried.push(outcome);
    }
    return summarize(retried, (await this.readStore.deadLetters(projectionName)).length);
  }

  private select(names: readonly string[]): Projection[] {
    const unknown = names.filter((name) => !this.projections.some((p) => p.name === name));
    if (unknown.length) throw new Error(`unknown projection(s): ${unknown.join(', ')}`);
    return this.projections.filter((p) => names.length === 0 || names.includes(p.name));
  }

  private async renewLeases(): Promise<void> {
    await this.mutex.run(async () => {
      for (const projection of this.projections) {
        const renewedAt = Date.now();
        const held = await this.readStore.acquireLease(projection.name, this.owner, this.leaseTtlMs);
        // Renewed after it could have expired (this process was paused): another projector may have written
        // meanwhile, so it is a new lease, taken over like any other.
        const lapsed = renewedAt - (this.renewedAt.get(projection.name) ?? renewedAt) >= this.leaseTtlMs;
        if (held) this.renewedAt.set(projection.name, renewedAt);
        if (held && (!this.owned.has(projection.name) || lapsed)) {
          if (lapsed && this.owned.has(projection.name)) this.logger.warn(`the lease of projection ${projection.name} lapsed: reloading it`);
          this.owned.add(projection.name);
          await this.loadTargets(projection);
          // Another projector may have written it meanwhile: follow the log again from the stored checkpoints.
          this.resubscribe = true;
          void this.closeSubscription();
        } else if (held && !this.building.has(projection.name)) {
          await this.adoptRequestedBuild(projection);
        } else if (!held && this.owned.has(projection.name)) {
          this.owned.delete(projection.name);
          this.logger.warn(`lost the lease of projection ${projection.name}; another projector writes it`);
        } else if (!held && !this.live.has(projection.name)) {
          this.logger.log(`projection ${projection.name} is written by another projector`);
        }
      }
    });
    // A projection taken over may come with a generation to build (a rebuild cut short, a new version).
    this.ensureBuilding();
  }

  /** A generation created by another process (`npm run rebuild` while this projector holds the lease) is built here. */
  private async adoptRequestedBuild(projection: Projection): Promise<void> {
    const requested = (await this.readStore.generations(projection.name)).filter((g) => !g.active).at(-1);
    if (!requested) return;
    this.logger.log(`projection ${projection.name}: building generation ${requested.generation}, as requested`);
    this.building.set(projection.name, toTarget(projection, requested));
  }

  /** After a failure: back to the stored checkpoints, whatever the failure left in memory. Never throws. */
  private async recover(): Promise<void> {
    try {
      await this.mutex.run(async () => {
        for (const projection of this.projections) if (this.owned.has(projection.name)) await this.loadTargets(projection);
        this.resubscribe = true;
      });
    } catch (error) {
      this.logger.error(`could not reload the stored checkpoints: ${String(error)}`);
    }
  }

  /** The serving generation (created on first start) and any generation being built, as stored. */
  private async loadTargets(projection: Projection): Promise<void> {
    let generations = await this.readStore.generations(projection.name);
    if (!generations.some((g) => g.active)) {
      await this.readStore.createGeneration(projection.name, projection.version);
      generations = await this.readStore.generations(projection.name);
    }
    const active = generations.find((g) => g.active) as Generation;
    this.live.set(projection.name, toTarget(projection, active));
    const inactive = generations.filter((g) => !g.active).at(-1);
    if (inactive) {
      this.building.set(projection.name, toTarget(projection, inactive));
    } else if (active.version !== projection.version) {
      this.logger.log(`projection ${projection.name} changed (v${active.version} → v${projection.version}): rebuilding`);
      const next = await this.readStore.createGeneration(projection.name, projection.version);
      this.building.set(projection.name, toTarget(projection, next));
    } else {
      // What this projector was building before someone else held the lease is swapped in or gone by now.
      this.building.delete(projection.name);
    }
  }

  private ownedTargets(targets: Map<string, Target>): Target[] {
    return [...targets.values()].filter((t) => this.owned.has(t.projection.name));
  }

  private async runLive(): Promise<void> {
    while (!this.stopped) {
      const targets = this.ownedTargets(this.live);
      if (targets.length === 0) {
        await sleep(RETRY_DELAY_MS);
        continue;
      }
      this.resubscribe = false;
      const from = targets.reduce((min, t) => (t.checkpoint < min ? t.checkpoint : min), targets[0].checkpoint);
      this.subscription = this.eventStore.subscribe(from);
      try {
        for await (const batch of this.subscription) {
          for (let i = 0; i < batch.length && !this.stopped && !this.resubscribe; i += this.batchSize) {
            const chunk = batch.slice(i, i + this.batchSize);
            await this.mutex.run(async () => {
              // A projection reloaded meanwhile may be behind this batch: it waits for the next subscription.
              if (!this.resubscribe) await this.applier.apply(this.ownedTargets(this.live), chunk);
            });
            await yieldToEventLoop();
          }
          if (this.stopped || this.resubscribe) break;
        }
      } catch (error) {
        if (this.stopped) break;
        this.logger.error(`projector stopped following the log: ${String(error)}; resuming from checkpoints`);
        await this.recover();
        this.ensureBuilding();
        await sleep(RETRY_DELAY_MS);
      } finally {
        await this.closeSubscription();
      }
    }
  }

  /** A subscription that fails to close (its connection already gone) must neither stop projecting nor go unhandled. */
  private async closeSubscription(): Promise<void> {
    try {
      await this.subscription?.close();
    } catch (error) {
      this.logger.warn(`could not close the log subscription: ${String(error)}`);
    }
  }

  private async runBuilding(): Promise<void> {
    while (!this.stopped && this.building.size > 0) {
      const targets = this.ownedTargets(this.building);
      if (targets.length === 0) {
        await sleep(RETRY_DELAY_MS);
        continue;
      }
      const from = targets.reduce((min, t) => (t.checkpoint < min ? t.checkpoint : min), targets[0].checkpoint);
      const events = await this.eventStore.readAll(from, this.rebuildBatchSize);
      if (events.length > 0) {
        await this.mutex.run(() => this.applier.apply(this.stillBuilding(targets), events));
        this.options.onBuildProgress?.({
          projections: targets.map((t) => t.projection.name),
          position: events[events.length - 1].position,
          events: events.length,
        });
        await yieldToEventLoop();
        continue;
      }
      await this.mutex.run(() => this.swapCaughtUp(this.stillBuilding(targets)));
      if (this.building.size > 0) await sleep(10);
    }
  }

  /** Those of `targets` this projector still builds (a lease lost or a reload replaces or drops them). */
  private stillBuilding(targets: Target[]): Target[] {
    return targets.filter((t) => this.owned.has(t.projection.name) && this.building.get(t.projection.name) === t);
  }

  private async swapCaughtUp(targets: Target[]): Promise<void> {
    for (const target of targets) {
      const serving = this.live.get(target.projection.name);
      if (serving && target.checkpoint < serving.checkpoint) continue;
      await this.readStore.activateGeneration(target.projection.name, target.generation, this.owner);
      // An empty commit puts the new serving position in the change log: followers waiting for it see it now.
      await this.readStore.commit({
        projection: target.projection.name, generation: target.generation, checkpoint: target.checkpoint.toString(),
        writes: [], owner: this.owner,
      });
      this.live.set(target.projection.name, target);
      this.building.delete(target.projection.name);
      this.logger.log(`projection ${target.projection.name}: generation ${target.generation} now serves`);
    }
  }
}
