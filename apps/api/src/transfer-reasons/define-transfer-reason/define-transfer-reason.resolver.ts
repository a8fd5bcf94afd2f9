import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator';
import { RequestContext } from '../../auth/caller';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CommandAnswers } from '../../read-models/command-answers.service';
import { CommandSender } from '../../shared/command-sender';
import { DefineTransferReasonCommand } from './define-transfer-reason.command';
import { DefineTransferReasonInput, parseDefineTransferReason } from './define-transfer-reason.input';

@Resolver()
export class DefineTransferReasonResolver {
  constructor(private readonly commands: CommandSender, private readonly answers: CommandAnswers) {}

  @Mutation('defineTransferReason')
  @Allow('defineTransferReason')
  async define(@Args('input') input: DefineTransferReasonInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const props = parseDefineTransferReason(input);
    const outcome = await this.commands.send(DefineTransferReasonCommand, props, { actor, context });
    return this.answers.reason(context, actor.tenantId, props.reasonId, outcome);
  }
}
