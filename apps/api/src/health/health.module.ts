import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { ProjectionLag } from './projection-lag';
import { ReadinessIndicators } from './readiness.indicators';

/** A failing check is told in the 503's body; orchestrators poll often, so it is not logged each time. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [ProjectionLag, ReadinessIndicators],
  exports: [ProjectionLag],
})
export class HealthModule {}
