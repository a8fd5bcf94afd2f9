import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator';
import { RequestContext } from '../../auth/caller';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CommandAnswers } from '../../read-models/command-answers.service';
import { CommandSender } from '../../shared/command-sender';
import { CloseConversationCommand } from './close-conversation.command';
import { CloseConversationInput, parseCloseConversation } from './close-conversation.input';

@Resolver()
export class CloseConversationResolver {
  constructor(private readonly commands: CommandSender, private readonly answers: CommandAnswers) {}

  @Mutation('closeConversation')
  @Allow('closeConversation')
  async close(@Args('input') input: CloseConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const props = parseCloseConversation(input);
    const outcome = await this.commands.send(CloseConversationCommand, props, { actor, context, commandId: input.commandId });
    return this.answers.conversation(context, actor.tenantId, props.conversationId, outcome);
  }
}
