import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { ExportTelemetry } from './export-telemetry';
import { ExportsController } from './exports.controller';

@Module({
  imports: [MetricsModule],
  controllers: [ExportsController],
  providers: [ExportTelemetry, ReadModelCollections],
})
export class ExportsModule {}
