import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { Projector } from '@handoff/projections';
import { READ_STORE, ReadStore } from '@handoff/read-store';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { describeStatus } from './projector-status';

const STATUS_INTERVAL_MS = 30_000;

/** Runs the projector for the life of the process; on SIGTERM/SIGINT stops it and closes the stores. */
@Injectable()
export class ProjectorLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ProjectorProcess');
  private statusTimer?: NodeJS.Timeout;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly projector: Projector,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.projector.start();
    // Deliberately not unref'd: besides logging, this keeps the process alive whatever the adapters' timers do.
    this.statusTimer = setInterval(() => void this.logStatus(), STATUS_INTERVAL_MS);
    this.logger.log(`following the log with ${this.projector.status().length} projections`);
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    clearInterval(this.statusTimer);
    await this.projector.stop();
    await this.readStore.close();
    await this.eventStore.close();
    this.logger.log(`stopped${signal ? ` on ${signal}` : ''}`);
  }

  private async logStatus(): Promise<void> {
    try {
      const head = await this.eventStore.headPosition();
      this.logger.debug(describeStatus(head, this.projector.status(), this.projector.deadLettered));
    } catch (error) {
      this.logger.warn(`could not read the status: ${String(error)}`);
    }
  }
}
