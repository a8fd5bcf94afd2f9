import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { ReadinessIndicators } from './readiness.indicators';

/** Liveness: the process answers. Readiness: both stores answer, no read model lags beyond READY_MAX_LAG
 * and the change log is being followed. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthCheckService, private readonly readiness: ReadinessIndicators) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.readiness.eventStoreReachable(),
      () => this.readiness.readStoreReachable(),
      () => this.readiness.projectionsCaughtUp(),
      () => this.readiness.changeFollowerReading(),
    ]);
  }
}
