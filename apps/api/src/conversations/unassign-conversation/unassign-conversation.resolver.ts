import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator';
import { RequestContext } from '../../auth/caller';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CommandAnswers } from '../../read-models/command-answers.service';
import { CommandSender } from '../../shared/command-sender';
import { UnassignConversationCommand } from './unassign-conversation.command';
import { UnassignConversationInput, parseUnassignConversation } from './unassign-conversation.input';

@Resolver()
export class UnassignConversationResolver {
  constructor(private readonly commands: CommandSender, private readonly answers: CommandAnswers) {}

  @Mutation('unassignConversation')
  @Allow('unassignConversation')
  async unassign(@Args('input') input: UnassignConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const props = parseUnassignConversation(input);
    const outcome = await this.commands.send(UnassignConversationCommand, props, { actor, context, commandId: input.commandId });
    return this.answers.conversation(context, actor.tenantId, props.conversationId, outcome);
  }
}
