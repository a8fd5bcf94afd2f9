import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module';
import { CommandTelemetry } from './command-telemetry';
import { HandoffMetrics } from './handoff-metrics';
import { ManagementServer } from './management-server';
import { MetricsController } from './metrics.controller';

@Module({
  imports: [HealthModule],
  controllers: [MetricsController],
  providers: [HandoffMetrics, CommandTelemetry, ManagementServer],
  exports: [HandoffMetrics],
})
export class MetricsModule {}
