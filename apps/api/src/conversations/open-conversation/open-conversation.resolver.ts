import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator';
import { RequestContext } from '../../auth/caller';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CommandAnswers } from '../../read-models/command-answers.service';
import { CommandSender } from '../../shared/command-sender';
import { OpenConversationCommand } from './open-conversation.command';
import { OpenConversationInput, parseOpenConversation } from './open-conversation.input';

@Resolver()
export class OpenConversationResolver {
  constructor(private readonly commands: CommandSender, private readonly answers: CommandAnswers) {}

  @Mutation('openConversation')
  @Allow('openConversation')
  async open(@Args('input') input: OpenConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const props = parseOpenConversation(input);
    const outcome = await this.commands.send(OpenConversationCommand, props, { actor, context, commandId: input.commandId });
    return this.answers.conversation(context, actor.tenantId, props.conversationId, outcome);
  }
}
