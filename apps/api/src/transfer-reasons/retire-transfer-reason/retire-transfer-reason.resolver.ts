import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator';
import { RequestContext } from '../../auth/caller';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CommandAnswers } from '../../read-models/command-answers.service';
import { CommandSender } from '../../shared/command-sender';
import { RetireTransferReasonCommand } from './retire-transfer-reason.command';
import { parseRetireTransferReason } from './retire-transfer-reason.input';

@Resolver()
export class RetireTransferReasonResolver {
  constructor(private readonly commands: CommandSender, private readonly answers: CommandAnswers) {}

  @Mutation('retireTransferReason')
  @Allow('retireTransferReason')
  async retire(@Args('id') id: string, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const props = parseRetireTransferReason(id);
    const outcome = await this.commands.send(RetireTransferReasonCommand, props, { actor, context });
    return this.answers.reason(context, actor.tenantId, props.reasonId, outcome);
  }
}
