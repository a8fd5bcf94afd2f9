import { Actor } from '@handoff/domain';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { QueueSummary, ReadModels } from '../read-models/read-models.service';

@Resolver('QueueSummary')
export class QueueResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query('queues')
  @Allow('queues')
  queues(@CurrentActor() actor: Actor): Promise<QueueSummary[]> {
    return this.readModels.queues(actor.tenantId);
  }
}
