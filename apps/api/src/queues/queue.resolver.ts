import { Actor } from '@handoff/domain';
import { QueueSummary, queueSummaries } from '@handoff/projections';
import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { Clock, CLOCK } from '../shared/clock';

@Resolver('QueueSummary')
export class QueueResolver {
  constructor(private readonly readModels: ReadModelCollections, @Inject(CLOCK) private readonly clock: Clock) {}

  @Query('queues')
  @Allow('queues')
  queues(@CurrentActor() actor: Actor): Promise<QueueSummary[]> {
    return queueSummaries(this.readModels.queues, actor.tenantId, this.clock.now());
  }
}
