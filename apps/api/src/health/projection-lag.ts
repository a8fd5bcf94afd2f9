import { EVENT_STORE, EventStore, Position } from '@handoff/event-store';
import { AppConfig } from '@handoff/platform';
import { ALL_PROJECTIONS, ChangeFollower, Projector } from '@handoff/projections';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, CHANGE_FOLLOWER, PROJECTOR } from '../infrastructure/tokens';

export interface ProjectionProgress {
  projection: string;
  /** The last log position the serving read model shows. */
  position: Position;
  /** Events of the log after `position`, not yet in the read model; counted up to a bound, then "at least". */
  lag: bigint;
}

/** The lag gauge counts at least this far, whatever READY_MAX_LAG says. */
const MIN_COUNTED_LAG = 1000;

/**
 * How far each read model is behind the log, in events. Positions are not event counts (EventStoreDB encodes
 * commit·2⁶⁴ + prepare, so two neighbouring events are some 10²¹ apart), so the events after each position are
 * read and counted, up to just past READY_MAX_LAG. The inline projector knows its own checkpoints first; the
 * change follower knows them whichever process projects (PROJECTOR=off), so the larger of the two is the truth.
 */
@Injectable()
export class ProjectionLag {
  private readonly counted: number;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(PROJECTOR) private readonly projector: Projector | null,
    @Inject(CHANGE_FOLLOWER) private readonly follower: ChangeFollower,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'readyMaxLag'>,
  ) {
    this.counted = Math.max(config.readyMaxLag + 1, MIN_COUNTED_LAG);
  }

  async measure(): Promise<{ head: Position; projections: ProjectionProgress[] }> {
    const head = await this.eventStore.headPosition();
    const projected = new Map((this.projector?.status() ?? []).filter((s) => s.owned).map((s) => [s.projection, s.position]));
    const positions = ALL_PROJECTIONS.map(({ name }) => {
      const followed = this.follower.position(name);
      const own = projected.get(name) ?? 0n;
      return { projection: name, position: own > followed ? own : followed };
    });
    const distinct = [...new Set(positions.map(({ position }) => position))];
    const counts = await Promise.all(distinct.map((position) => this.eventsAfter(position, head)));
    const behind = new Map(distinct.map((position, index) => [position, counts[index]]));
    const projections = positions.map((progress) => ({ ...progress, lag: BigInt(behind.get(progress.position) ?? 0) }));
    return { head, projections };
  }

  private async eventsAfter(position: Position, head: Position): Promise<number> {
    if (position >= head) return 0;
    return (await this.eventStore.readAll(position, this.counted)).length;
  }
}
