import { Actor, checkOptionalId } from '@handoff/domain';
import { agentsByIds, listTransferReasons } from '@handoff/projections';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { unknownAgent, unknownReason } from '../graphql/fallbacks';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { checkAnalyticsRange, checkOptionalQueueIds } from './analytics-input';
import { QueuePerformance } from './queue-performance';
import { queuePerformanceRows } from './queue-performance-rows';
import { transferFigures } from './transfer-analytics';

/** The Analysts block's queue performance and transfer analytics. */
@Resolver()
export class AnalyticsResolver {
  constructor(private readonly readModels: ReadModelCollections) {}

  @Query('queuePerformance')
  @Allow('queuePerformance')
  async queuePerformance(
    @Args('from') rawFrom: string,
    @Args('to') rawTo: string,
    @Args('queueIds') rawQueueIds: string[] | null,
    @CurrentActor() actor: Actor,
  ): Promise<QueuePerformance[]> {
    const { from, to } = checkAnalyticsRange(rawFrom, rawTo);
    const queueIds = checkOptionalQueueIds('queueIds', rawQueueIds);
    const rows: QueuePerformance[] = [];
    const request = { from: new Date(from), to: new Date(to), queueIds, granularity: 'range' as const };
    for await (const row of queuePerformanceRows(this.readModels, actor.tenantId, request)) rows.push(row);
    return rows;
  }

  @Query('transferAnalytics')
  @Allow('transferAnalytics')
  async transferAnalytics(
    @Args('from') rawFrom: string,
    @Args('to') rawTo: string,
    @Args('queueId') rawQueueId: string | null,
    @CurrentActor() actor: Actor,
  ) {
    const range = checkAnalyticsRange(rawFrom, rawTo);
    const queueId = checkOptionalId('queueId', rawQueueId);
    const tenantId = actor.tenantId;
    const figures = await transferFigures(this.readModels, tenantId, { ...range, ...(queueId ? { queueId } : {}) });
    const agentIds = [...new Set(figures.flows.flatMap((flow) => [flow.fromAgentId, flow.toAgentId]))];
    const agents = new Map((await agentsByIds(this.readModels.agents, tenantId, agentIds)).map((agent) => [agent.id, agent]));
    const reasons = new Map((await listTransferReasons(this.readModels.transferReasons, tenantId, true)).map((reason) => [reason.id, reason]));
    const agentOf = (id: string) => agents.get(id) ?? unknownAgent(tenantId, id);
    const reasonOf = (id: string) => reasons.get(id) ?? unknownReason(tenantId, id, id);
    return {
      ...figures,
      byReason: figures.byReason.map(({ reasonId, count }) => ({ reason: reasonOf(reasonId), count })),
      flows: figures.flows.map(({ reasonId, fromAgentId, toAgentId, count }) => ({
        reason: reasonOf(reasonId), fromAgent: agentOf(fromAgentId), toAgent: agentOf(toAgentId), count,
      })),
    };
  }
}
