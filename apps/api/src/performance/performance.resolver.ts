import { Actor, BadInput, checkId } from '@handoff/domain';
import { AgentDocument, agentsByIds, hourOf, listAgents, listTransferReasons, performanceBuckets } from '@handoff/projections';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { parseDateTime } from '../graphql/date-time.scalar';
import { unknownReason } from '../graphql/fallbacks';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { AgentPerformance, summarisePerformance } from './agent-performance';

const MAX_AGENT_IDS = 200;

@Resolver('AgentPerformance')
export class PerformanceResolver {
  constructor(private readonly readModels: ReadModelCollections) {}

  @Query('agentPerformance')
  @Allow('agentPerformance')
  async agentPerformance(
    @Args('from') rawFrom: string,
    @Args('to') rawTo: string,
    @Args('agentIds') rawAgentIds: string[] | null,
    @CurrentActor() actor: Actor,
  ): Promise<AgentPerformance[]> {
    const fromTime = parseDateTime('from', rawFrom);
    const toTime = parseDateTime('to', rawTo);
    if (fromTime >= toTime) throw new BadInput('from', 'must be before to');
    const from = hourOf(fromTime);
    const to = hourOf(toTime);
    if (rawAgentIds && rawAgentIds.length > MAX_AGENT_IDS) throw new BadInput('agentIds', `has more than ${MAX_AGENT_IDS} ids`);
    const agentIds = rawAgentIds?.map((id, index) => checkId(`agentIds.${index}`, id));
    const tenantId = actor.tenantId;
    const { agents: agentModel, agentPerformance, transferReasons } = this.readModels;
    const agents = agentIds ? await agentsByIds(agentModel, tenantId, agentIds) : await listAgents(agentModel, tenantId, {});
    const buckets = await performanceBuckets(agentPerformance, tenantId, { fromHour: from, toHour: to, agentIds: agents.map((agent) => agent.id) });
    const reasons = new Map((await listTransferReasons(transferReasons, tenantId, true)).map((reason) => [reason.id, reason]));
    const byAgent = groupBy(buckets, (bucket) => bucket.agentId);
    return agents.map((agent: AgentDocument) =>
      summarisePerformance(agent, byAgent.get(agent.id) ?? [], { from, to }, (reasonId) =>
        reasons.get(reasonId) ?? unknownReason(tenantId, reasonId, reasonId),
      ),
    );
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

