import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { AppConfig } from '@handoff/platform';
import { READ_STORE, ReadStore } from '@handoff/read-store';
import { ChangeFollower } from '@handoff/projections';
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, CHANGE_FOLLOWER } from '../infrastructure/tokens';
import { ProjectionLag } from './projection-lag';

/** A store that does not answer within this time counts as unreachable: readiness must answer promptly. */
const CHECK_TIMEOUT_MS = 2000;

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The checks of GET /health/ready, each named after what it checks. */
@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly projectionLag: ProjectionLag,
    @Inject(CHANGE_FOLLOWER) private readonly follower: ChangeFollower,
  ) {}

  /** Subscriptions and read-your-writes learn of projected changes from the change log: it must be readable. */
  changeFollowerReading(): HealthIndicatorResult {
    const check = this.indicators.check('changeFollower');
    const { following, ...failure } = this.follower.status();
    return following ? check.up() : check.down(failure);
  }

  async eventStoreReachable(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('eventStore');
    try {
      const head = await withinTimeout(this.eventStore.headPosition());
      return check.up({ head: head.toString() });
    } catch (error) {
      return check.down({ message: messageOf(error) });
    }
  }

  async readStoreReachable(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('readStore');
    try {
      await withinTimeout(this.readStore.ping());
      return check.up();
    } catch (error) {
      return check.down({ message: messageOf(error) });
    }
  }

  async projectionsCaughtUp(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('projections');
    const maxLag = this.config.readyMaxLag;
    try {
      const { projections } = await withinTimeout(this.projectionLag.measure());
      const lag = Object.fromEntries(projections.map((p) => [p.projection, Number(p.lag)]));
      const lagging = projections.filter((p) => p.lag > BigInt(maxLag)).map((p) => p.projection);
      return lagging.length === 0 ? check.up({ maxLag, lag }) : check.down({ maxLag, lag, lagging });
    } catch (error) {
      return check.down({ message: messageOf(error) });
    }
  }
}
