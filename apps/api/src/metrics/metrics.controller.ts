import { AppConfig } from '@handoff/platform';
import { Controller, Get, Header, Headers, Inject, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { Registry } from 'prom-client';
import { APP_CONFIG } from '../infrastructure/tokens';
import { HandoffMetrics } from './handoff-metrics';
import { mayReadOperationalDetails, publicExposure } from './metrics-access';

/** Prometheus scrape endpoint (text exposition format) on the public port, for those who may read it. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: HandoffMetrics, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Header('content-type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('cache-control', 'no-store')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (!mayReadOperationalDetails(this.config, authorization)) {
      throw publicExposure(this.config) === 'token' ? new UnauthorizedException() : new NotFoundException();
    }
    return this.metrics.scrape();
  }
}
