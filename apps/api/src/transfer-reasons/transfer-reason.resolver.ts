import { Actor } from '@handoff/domain';
import { listTransferReasons, TransferReasonDocument } from '@handoff/projections';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ReadModelCollections } from '../read-models/read-model-collections';

@Resolver('TransferReason')
export class TransferReasonResolver {
  constructor(private readonly readModels: ReadModelCollections) {}

  @Query('transferReasons')
  @Allow('transferReasons')
  transferReasons(@Args('includeInactive') includeInactive: boolean | null, @CurrentActor() actor: Actor): Promise<TransferReasonDocument[]> {
    return listTransferReasons(this.readModels.transferReasons, actor.tenantId, includeInactive === true);
  }
}
