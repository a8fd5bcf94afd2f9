import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator';
import { RequestContext } from '../../auth/caller';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CommandAnswers } from '../../read-models/command-answers.service';
import { CommandSender } from '../../shared/command-sender';
import { AssignConversationCommand } from './assign-conversation.command';
import { AssignConversationInput, parseAssignConversation } from './assign-conversation.input';

@Resolver()
export class AssignConversationResolver {
  constructor(private readonly commands: CommandSender, private readonly answers: CommandAnswers) {}

  @Mutation('assignConversation')
  @Allow('assignConversation')
  async assign(@Args('input') input: AssignConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const props = parseAssignConversation(input);
    const outcome = await this.commands.send(AssignConversationCommand, props, { actor, context, commandId: input.commandId });
    return this.answers.conversation(context, actor.tenantId, props.conversationId, outcome);
  }
}
