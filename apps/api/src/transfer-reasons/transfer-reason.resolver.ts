import { Actor } from '@handoff/domain';
import { TransferReasonDocument } from '@handoff/projections';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ReadModels } from '../read-models/read-models.service';

@Resolver('TransferReason')
export class TransferReasonResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query('transferReasons')
  @Allow('transferReasons')
  transferReasons(@Args('includeInactive') includeInactive: boolean | null, @CurrentActor() actor: Actor): Promise<TransferReasonDocument[]> {
    return this.readModels.reasons(actor.tenantId, includeInactive === true);
  }
}
