import { Actor, checkId } from '@handoff/domain';
import { listTransferReasons, TransferReasonDocument } from '@handoff/projections';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Allow } from '../auth/allow.decorator';
import { RequestContext } from '../auth/caller';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CommandAnswers } from '../read-models/command-answers.service';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { commandMeta } from '../shared/command-meta';
import { DefineTransferReasonCommand } from './define-transfer-reason/define-transfer-reason.command';
import { DefineTransferReasonInput, parseDefineTransferReason } from './define-transfer-reason/define-transfer-reason.input';
import { RetireTransferReasonCommand } from './retire-transfer-reason/retire-transfer-reason.command';

@Resolver('TransferReason')
export class TransferReasonResolver {
  constructor(private readonly commandBus: CommandBus, private readonly readModels: ReadModelCollections, private readonly answers: CommandAnswers) {}

  @Query('transferReasons')
  @Allow('AGENT', 'SUPERVISOR', 'ADMIN')
  transferReasons(@Args('includeInactive') includeInactive: boolean | null, @CurrentActor() actor: Actor): Promise<TransferReasonDocument[]> {
    return listTransferReasons(this.readModels.transferReasons, actor.tenantId, includeInactive === true);
  }

  @Mutation('defineTransferReason')
  @Allow('SUPERVISOR', 'ADMIN')
  async define(@Args('input') input: DefineTransferReasonInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const { reasonId, name, description } = parseDefineTransferReason(input);
    const meta = commandMeta(actor, { correlationId: context.correlationId });
    const outcome = await this.commandBus.execute(new DefineTransferReasonCommand(meta, reasonId, name, description));
    return this.answers.reason(context, actor.tenantId, reasonId, outcome);
  }

  @Mutation('retireTransferReason')
  @Allow('SUPERVISOR', 'ADMIN')
  async retire(@Args('id') rawId: string, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const reasonId = checkId('id', rawId);
    const meta = commandMeta(actor, { correlationId: context.correlationId });
    const outcome = await this.commandBus.execute(new RetireTransferReasonCommand(meta, reasonId));
    return this.answers.reason(context, actor.tenantId, reasonId, outcome);
  }
}
