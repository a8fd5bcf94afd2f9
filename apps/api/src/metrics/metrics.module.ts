import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module';
import { CommandTelemetry } from './command-telemetry';
import { HandoffMetrics } from './handoff-metrics';
import { MetricsController } from './metrics.controller';

@Module({
  imports: [HealthModule],
  controllers: [MetricsController],
  providers: [HandoffMetrics, CommandTelemetry],
})
export class MetricsModule {}
