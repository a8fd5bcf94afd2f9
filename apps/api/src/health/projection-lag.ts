import { EVENT_STORE, EventStore, Position } from '@handoff/event-store';
import { ALL_PROJECTIONS, ChangeFollower, Projector } from '@handoff/projections';
import { Inject, Injectable } from '@nestjs/common';
import { CHANGE_FOLLOWER, PROJECTOR } from '../infrastructure/tokens';

export interface ProjectionProgress {
  projection: string;
  /** The last log position the serving read model shows. */
  position: Position;
  /** Head position minus `position`: events not yet in the read model (for SQLite, where positions are dense). */
  lag: Position;
}

/**
 * How far each read model is behind the log. The inline projector knows its own checkpoints first; the change
 * follower knows them whichever process projects (PROJECTOR=off), so the larger of the two is the truth here.
 */
@Injectable()
export class ProjectionLag {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(PROJECTOR) private readonly projector: Projector | null,
    @Inject(CHANGE_FOLLOWER) private readonly follower: ChangeFollower,
  ) {}

  async measure(): Promise<{ head: Position; projections: ProjectionProgress[] }> {
    const head = await this.eventStore.headPosition();
    const projected = new Map((this.projector?.status() ?? []).filter((s) => s.owned).map((s) => [s.projection, s.position]));
    const projections = ALL_PROJECTIONS.map(({ name }) => {
      const followed = this.follower.position(name);
      const own = projected.get(name) ?? 0n;
      const position = own > followed ? own : followed;
      return { projection: name, position, lag: head > position ? head - position : 0n };
    });
    return { head, projections };
  }
}
