import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator';
import { RequestContext } from '../../auth/caller';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CommandAnswers } from '../../read-models/command-answers.service';
import { CommandSender } from '../../shared/command-sender';
import { TransferConversationCommand } from './transfer-conversation.command';
import { TransferConversationInput, parseTransferConversation } from './transfer-conversation.input';

@Resolver()
export class TransferConversationResolver {
  constructor(private readonly commands: CommandSender, private readonly answers: CommandAnswers) {}

  @Mutation('transferConversation')
  @Allow('transferConversation')
  async transfer(@Args('input') input: TransferConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const props = parseTransferConversation(input);
    const outcome = await this.commands.send(TransferConversationCommand, props, { actor, context, commandId: input.commandId });
    return this.answers.conversation(context, actor.tenantId, props.conversationId, outcome);
  }
}
