import { Controller, Get, Header } from '@nestjs/common';
import { Registry } from 'prom-client';
import { HandoffMetrics } from './handoff-metrics';

/** Prometheus scrape endpoint (text exposition format). */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: HandoffMetrics) {}

  @Get()
  @Header('content-type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('cache-control', 'no-store')
  scrape(): Promise<string> {
    return this.metrics.scrape();
  }
}
