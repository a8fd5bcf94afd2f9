import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator';
import { RequestContext } from '../../auth/caller';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CommandAnswers } from '../../read-models/command-answers.service';
import { CommandSender } from '../../shared/command-sender';
import { DeactivateAgentCommand } from './deactivate-agent.command';
import { parseDeactivateAgent } from './deactivate-agent.input';

@Resolver()
export class DeactivateAgentResolver {
  constructor(private readonly commands: CommandSender, private readonly answers: CommandAnswers) {}

  @Mutation('deactivateAgent')
  @Allow('deactivateAgent')
  async deactivate(@Args('agentId') agentId: string, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const props = parseDeactivateAgent(agentId);
    const outcome = await this.commands.send(DeactivateAgentCommand, props, { actor, context });
    return this.answers.agent(context, actor.tenantId, props.agentId, outcome);
  }
}
