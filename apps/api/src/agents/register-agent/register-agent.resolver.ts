import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator';
import { RequestContext } from '../../auth/caller';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CommandAnswers } from '../../read-models/command-answers.service';
import { CommandSender } from '../../shared/command-sender';
import { RegisterAgentCommand } from './register-agent.command';
import { RegisterAgentInput, parseRegisterAgent } from './register-agent.input';

@Resolver()
export class RegisterAgentResolver {
  constructor(private readonly commands: CommandSender, private readonly answers: CommandAnswers) {}

  @Mutation('registerAgent')
  @Allow('registerAgent')
  async register(@Args('input') input: RegisterAgentInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const props = parseRegisterAgent(input);
    const outcome = await this.commands.send(RegisterAgentCommand, props, { actor, context });
    return this.answers.agent(context, actor.tenantId, props.agentId, outcome);
  }
}
