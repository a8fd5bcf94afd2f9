import { Actor, AGENT_STATUSES, AgentStatus, BadInput, checkId, checkOptionalId } from '@handoff/domain';
import { AgentDocument, findAgent, listAgents } from '@handoff/projections';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ReadModelCollections } from '../read-models/read-model-collections';

@Resolver('Agent')
export class AgentResolver {
  constructor(private readonly readModels: ReadModelCollections) {}

  @Query('agent')
  @Allow('agent')
  agent(@Args('id') id: string, @CurrentActor() actor: Actor): Promise<AgentDocument | null> {
    return findAgent(this.readModels.agents, actor.tenantId, checkId('id', id));
  }

  @Query('agents')
  @Allow('agents')
  agents(
    @Args('queueId') queueId: string | null,
    @Args('status') status: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<AgentDocument[]> {
    if (status && !AGENT_STATUSES.includes(status as AgentStatus)) throw new BadInput('status', 'is not an agent status');
    return listAgents(this.readModels.agents, actor.tenantId, { queueId: checkOptionalId('queueId', queueId), status: status ?? undefined });
  }
}
