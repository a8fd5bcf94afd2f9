import { ALL_PROJECTIONS } from '@handoff/projections';
import { READ_STORE, ReadStore } from '@handoff/read-store';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ProjectionLag } from '../health/projection-lag';
import { LiveUpdates } from '../live/live-updates.service';

/** Command latencies in seconds: a durable commit is about a millisecond, a slow one is a problem at 100 ms. */
const COMMAND_SECONDS_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * The api's Prometheus series, in a registry of its own (two apps in one process, as in tests, do not collide).
 * Counters move as commands run; gauges are read from their sources when scraped.
 */
@Injectable()
export class HandoffMetrics {
  readonly registry = new Registry();
  private readonly commands = new Counter({
    name: 'handoff_commands_total',
    help: 'Commands handled, by command type and outcome (ok, replayed or the error code).',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly commandSeconds = new Histogram({
    name: 'handoff_command_duration_seconds',
    help: 'Time from a command entering the command bus to its outcome.',
    labelNames: ['type'] as const,
    buckets: COMMAND_SECONDS_BUCKETS,
    registers: [this.registry],
  });
  private readonly eventsAppended = new Counter({
    name: 'handoff_events_appended_total',
    help: 'Events appended to the log by commands of this process.',
    registers: [this.registry],
  });
  private readonly projectionPosition = new Gauge({
    name: 'handoff_projection_position',
    help: 'Last log position the serving read model of each projection shows.',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });
  private readonly projectionLag = new Gauge({
    name: 'handoff_projection_lag',
    help: 'Log head position minus the projection position (events not yet in the read model).',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });
  private readonly deadLetters = new Gauge({
    name: 'handoff_dead_letters',
    help: 'Events a projection could not apply, waiting in its dead-letter list.',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });
  private readonly activeSubscriptions = new Gauge({
    name: 'handoff_active_subscriptions',
    help: 'Open GraphQL subscriptions of this process.',
    registers: [this.registry],
  });

  constructor(
    private readonly lag: ProjectionLag,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly moduleRef: ModuleRef,
    @InjectPinoLogger(HandoffMetrics.name) private readonly logger: PinoLogger,
  ) {
    collectDefaultMetrics({ register: this.registry });
  }

  commandHandled(type: string, outcome: string, seconds: number, appended: number): void {
    this.commands.inc({ type, outcome });
    this.commandSeconds.observe({ type }, seconds);
    if (appended > 0) this.eventsAppended.inc(appended);
  }

  /** The Prometheus text of every series, gauges refreshed from their sources first. */
  async scrape(): Promise<string> {
    await Promise.all([this.refreshProjections(), this.refreshDeadLetters()]);
    this.activeSubscriptions.set(this.moduleRef.get(LiveUpdates, { strict: false }).activeSubscriptions);
    return this.registry.metrics();
  }

  /** A source that cannot be read keeps its gauges at their last values: the scrape still answers. */
  private async refreshProjections(): Promise<void> {
    try {
      const { projections } = await this.lag.measure();
      for (const { projection, position, lag } of projections) {
        this.projectionPosition.set({ projection }, Number(position));
        this.projectionLag.set({ projection }, Number(lag));
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'could not measure projection lag for /metrics');
    }
  }

  private async refreshDeadLetters(): Promise<void> {
    try {
      const letters = await this.readStore.deadLetters();
      const counts = new Map<string, number>();
      for (const { projection } of letters) counts.set(projection, (counts.get(projection) ?? 0) + 1);
      for (const { name } of ALL_PROJECTIONS) this.deadLetters.set({ projection: name }, counts.get(name) ?? 0);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not count dead letters for /metrics');
    }
  }
}
