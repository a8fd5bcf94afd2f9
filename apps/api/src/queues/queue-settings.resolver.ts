import { Actor, checkOptionalId } from '@handoff/domain';
import { configuredQueues, QueueSettingsDocument, queueSettingsOf } from '@handoff/projections';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ReadModelCollections } from '../read-models/read-model-collections';

@Resolver('QueueSettings')
export class QueueSettingsResolver {
  constructor(private readonly readModels: ReadModelCollections) {}

  /** One queue's settings (its defaults when never configured), or every configured queue's. */
  @Query('queueSettings')
  @Allow('queueSettings')
  async queueSettings(@Args('queueId') queueId: string | null, @CurrentActor() actor: Actor): Promise<QueueSettingsDocument[]> {
    const queue = checkOptionalId('queueId', queueId);
    return queue ? [await queueSettingsOf(this.readModels.queueSettings, actor.tenantId, queue)] : configuredQueues(this.readModels.queueSettings, actor.tenantId);
  }
}
