import { AppConfig } from '@handoff/platform';
import { Controller, Get, Headers, HttpCode, Inject, Res } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { APP_CONFIG } from '../infrastructure/tokens';
import { mayReadOperationalDetails } from '../metrics/metrics-access';
import { Readiness } from './readiness';

interface StatusResponse {
  status(code: number): unknown;
}

/**
 * Liveness: the process answers. Readiness (both stores answer, no read model lags beyond READY_MAX_LAG, the
 * change log is being followed): 200 or 503; the checks' details only to those who may read them
 * (see metrics-access.ts), a bare status to anyone else.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: Readiness,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HttpCode(200)
  async ready(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) response: StatusResponse): Promise<HealthCheckResult | { status: string }> {
    const { ok, result } = await this.readiness.check();
    if (!ok) response.status(503);
    return mayReadOperationalDetails(this.config, authorization) ? result : { status: result.status };
  }
}
