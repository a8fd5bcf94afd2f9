import { Actor } from '@handoff/domain';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { QueueSummary, queueSummaries } from '@handoff/projections';
import { ReadModelCollections } from '../read-models/read-model-collections';

@Resolver('QueueSummary')
export class QueueResolver {
  constructor(private readonly readModels: ReadModelCollections) {}

  @Query('queues')
  @Allow('queues')
  queues(@CurrentActor() actor: Actor): Promise<QueueSummary[]> {
    return queueSummaries(this.readModels.queues, actor.tenantId);
  }
}
