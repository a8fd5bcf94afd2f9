import { Actor, AGENT_STATUSES, AgentStatus, BadInput, checkId, checkOptionalId } from '@handoff/domain';
import { AgentDocument, findAgent, listAgents } from '@handoff/projections';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Allow } from '../auth/allow.decorator';
import { RequestContext } from '../auth/caller';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CommandAnswers } from '../read-models/command-answers.service';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { commandMeta } from '../shared/command-meta';
import { DeactivateAgentCommand } from './deactivate-agent/deactivate-agent.command';
import { parseRegisterAgent, RegisterAgentInput } from './register-agent/register-agent.input';
import { RegisterAgentCommand } from './register-agent/register-agent.command';
import { SetAgentStatusCommand } from './set-agent-status/set-agent-status.command';
import { parseSetAgentStatus } from './set-agent-status/set-agent-status.input';

@Resolver('Agent')
export class AgentResolver {
  constructor(private readonly commandBus: CommandBus, private readonly readModels: ReadModelCollections, private readonly answers: CommandAnswers) {}

  @Query('agent')
  @Allow('AGENT', 'SUPERVISOR', 'ADMIN')
  agent(@Args('id') id: string, @CurrentActor() actor: Actor): Promise<AgentDocument | null> {
    return findAgent(this.readModels.agents, actor.tenantId, checkId('id', id));
  }

  @Query('agents')
  @Allow('AGENT', 'SUPERVISOR', 'ADMIN')
  agents(
    @Args('queueId') queueId: string | null,
    @Args('status') status: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<AgentDocument[]> {
    if (status && !AGENT_STATUSES.includes(status as AgentStatus)) throw new BadInput('status', 'is not an agent status');
    return listAgents(this.readModels.agents, actor.tenantId, { queueId: checkOptionalId('queueId', queueId), status: status ?? undefined });
  }

  @Mutation('registerAgent')
  @Allow('SUPERVISOR', 'ADMIN')
  async register(@Args('input') input: RegisterAgentInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const { agentId, name, queueIds } = parseRegisterAgent(input);
    const outcome = await this.commandBus.execute(new RegisterAgentCommand(this.meta(actor, context), agentId, name, queueIds));
    return this.answers.agent(context, actor.tenantId, agentId, outcome);
  }

  @Mutation('setAgentStatus')
  @Allow('SUPERVISOR', 'ADMIN', 'AGENT')
  async setStatus(@Args('agentId') rawAgentId: string, @Args('status') rawStatus: string, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const { agentId, status } = parseSetAgentStatus(rawAgentId, rawStatus);
    const outcome = await this.commandBus.execute(new SetAgentStatusCommand(this.meta(actor, context), agentId, status));
    return this.answers.agent(context, actor.tenantId, agentId, outcome);
  }

  @Mutation('deactivateAgent')
  @Allow('SUPERVISOR', 'ADMIN')
  async deactivate(@Args('agentId') rawAgentId: string, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const agentId = checkId('agentId', rawAgentId);
    const outcome = await this.commandBus.execute(new DeactivateAgentCommand(this.meta(actor, context), agentId));
    return this.answers.agent(context, actor.tenantId, agentId, outcome);
  }

  private meta(actor: Actor, context: RequestContext) {
    return commandMeta(actor, { correlationId: context.correlationId });
  }
}
