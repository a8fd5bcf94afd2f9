import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator';
import { RequestContext } from '../../auth/caller';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CommandAnswers } from '../../read-models/command-answers.service';
import { CommandSender } from '../../shared/command-sender';
import { SetAgentStatusCommand } from './set-agent-status.command';
import { parseSetAgentStatus } from './set-agent-status.input';

@Resolver()
export class SetAgentStatusResolver {
  constructor(private readonly commands: CommandSender, private readonly answers: CommandAnswers) {}

  @Mutation('setAgentStatus')
  @Allow('setAgentStatus')
  async setStatus(@Args('agentId') agentId: string, @Args('status') status: string, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const props = parseSetAgentStatus(agentId, status);
    const outcome = await this.commands.send(SetAgentStatusCommand, props, { actor, context });
    return this.answers.agent(context, actor.tenantId, props.agentId, outcome);
  }
}
