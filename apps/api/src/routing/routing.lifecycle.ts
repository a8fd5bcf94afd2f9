import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { AppConfig } from '@handoff/platform';
import { ProcessManagerRunner } from '@handoff/process-managers';
import { READ_STORE, ReadStore } from '@handoff/read-store';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONFIG } from '../infrastructure/tokens';
import { Clock, CLOCK } from '../shared/clock';
import { commandBusDispatch } from './routing-dispatch';
import { routingRunner } from './routing-runner';

/** Whether this process runs the projector, hence the router: the api says PROJECTOR; apps/projector always does. */
export const RUNS_PROJECTOR = Symbol('RunsProjector');

/**
 * Runs the routing process manager for the life of the process. Stopped before the stores close
 * (beforeApplicationShutdown): its last commands and commits still need them.
 */
@Injectable()
export class RoutingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly runner: ProcessManagerRunner | null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
    @Inject(CLOCK) clock: Clock,
    @Inject(RUNS_PROJECTOR) runsProjector: boolean,
    commandBus: CommandBus,
  ) {
    this.runner = routingRunner(config, { eventStore, readStore }, commandBusDispatch(commandBus), clock, new Logger('Routing'), runsProjector);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }

  status(): ReturnType<ProcessManagerRunner['status']> | null {
    return this.runner?.status() ?? null;
  }
}
