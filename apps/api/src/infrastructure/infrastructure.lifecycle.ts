import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { ALL_PROJECTIONS, ChangeFollower, Projector } from '@handoff/projections';
import { READ_STORE, ReadStore } from '@handoff/read-store';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CHANGE_FOLLOWER, PROJECTOR } from './tokens';

/** Starts the inline projector and the change follower with the app; closes everything on shutdown. */
@Injectable()
export class InfrastructureLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(PROJECTOR) private readonly projector: Projector | null,
    @Inject(CHANGE_FOLLOWER) private readonly follower: ChangeFollower,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.projector?.start();
    await this.follower.start(ALL_PROJECTIONS.map((projection) => projection.name));
  }

  async onApplicationShutdown(): Promise<void> {
    this.follower.stop();
    await this.projector?.stop();
    await this.readStore.close();
    await this.eventStore.close();
  }
}
