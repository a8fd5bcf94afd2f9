import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { ReadinessIndicators } from './readiness.indicators';

/** Both stores answer, no read model lags beyond READY_MAX_LAG and the change log is being followed; `ok` false with the same details otherwise. */
@Injectable()
export class Readiness {
  constructor(private readonly health: HealthCheckService, private readonly indicators: ReadinessIndicators) {}

  async check(): Promise<{ ok: boolean; result: HealthCheckResult }> {
    try {
      const result = await this.health.check([
        () => this.indicators.eventStoreReachable(),
        () => this.indicators.readStoreReachable(),
        () => this.indicators.projectionsCaughtUp(),
        () => this.indicators.changeFollowerReading(),
      ]);
      return { ok: true, result };
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return { ok: false, result: error.getResponse() as HealthCheckResult };
      throw error;
    }
  }
}
