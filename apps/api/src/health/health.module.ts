import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { ProjectionLag } from './projection-lag';
import { Readiness } from './readiness';
import { ReadinessIndicators } from './readiness.indicators';

/** A failing check is told in the 503's body; orchestrators poll often, so it is not logged each time. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [ProjectionLag, ReadinessIndicators, Readiness],
  exports: [ProjectionLag, Readiness],
})
export class HealthModule {}
