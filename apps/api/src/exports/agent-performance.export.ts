import { listAgents, listTransferReasons, performanceBuckets, PerformanceBucketDocument } from '@handoff/projections';
import { periodsOf } from '../analytics/queue-performance-rows';
import { unknownAgent, unknownReason } from '../graphql/fallbacks';
import { AgentPerformance, summarisePerformance } from '../performance/agent-performance';
import { Column, ExportDefinition, ExportSources } from './export-definition';
import { fileTime } from './export-query';
import { parseRange, RANGE_PARAMETERS, RangeParams } from './range-params';

const COLUMNS: Column<AgentPerformance>[] = [
  { name: 'agentId', value: (row) => row.agent.id },
  { name: 'agentName', value: (row) => row.agent.name },
  { name: 'from', value: (row) => row.from },
  { name: 'to', value: (row) => row.to },
  { name: 'assignments', value: (row) => row.assignments },
  { name: 'transfersIn', value: (row) => row.transfersIn },
  { name: 'transfersOut', value: (row) => row.transfersOut },
  { name: 'unassignments', value: (row) => row.unassignments },
  { name: 'closed', value: (row) => row.closed },
  { name: 'avgHandleSeconds', value: (row) => row.avgHandleSeconds },
  { name: 'avgWaitSeconds', value: (row) => row.avgWaitSeconds },
  { name: 'transferRate', value: (row) => row.transferRate },
  { name: 'transfersOutByReason', value: (row) => Object.fromEntries(row.transfersOutByReason.map(({ reason, count }) => [reason.id, count])) },
];

/** One period's rows: each agent with activity in it, summed by agentPerformance's own code. */
async function periodRows(sources: ExportSources, tenantId: string, period: { from: string; to: string }, lookups: Lookups): Promise<AgentPerformance[]> {
  const buckets = await performanceBuckets(sources.readModels.agentPerformance, tenantId, { fromHour: period.from, toHour: period.to });
  const byAgent = new Map<string, PerformanceBucketDocument[]>();
  for (const bucket of buckets) byAgent.set(bucket.agentId, [...(byAgent.get(bucket.agentId) ?? []), bucket]);
  return [...byAgent.keys()].sort().map((agentId) => summarisePerformance(lookups.agent(agentId), byAgent.get(agentId) ?? [], period, lookups.reason));
}

interface Lookups {
  agent: (agentId: string) => ReturnType<typeof unknownAgent>;
  reason: Parameters<typeof summarisePerformance>[3];
}

/** The tenant's agents and reasons, read once per export (a few thousand at most, unlike the rows). */
async function lookupsFor({ readModels }: ExportSources, tenantId: string): Promise<Lookups> {
  const agents = new Map((await listAgents(readModels.agents, tenantId, {})).map((agent) => [agent.id, agent]));
  const reasons = new Map((await listTransferReasons(readModels.transferReasons, tenantId, true)).map((reason) => [reason.id, reason]));
  return {
    agent: (agentId) => agents.get(agentId) ?? unknownAgent(tenantId, agentId),
    reason: (reasonId) => reasons.get(reasonId) ?? unknownReason(tenantId, reasonId, reasonId),
  };
}

/** One row per agent per hour or UTC day (clipped to [from, to)), for the agents with activity in it; time order. */
export const AGENT_PERFORMANCE_EXPORT: ExportDefinition<RangeParams, AgentPerformance> = {
  name: 'agent-performance',
  formats: ['csv', 'ndjson'],
  parameters: RANGE_PARAMETERS,
  parse: parseRange,
  fileName: ({ from, to, granularity }) => `agent-performance-${granularity}-${fileTime(from)}-${fileTime(to)}`,
  columns: COLUMNS,
  async *pages(sources, tenantId, { from, to, granularity }) {
    const lookups = await lookupsFor(sources, tenantId);
    for (const period of periodsOf(from, to, granularity)) yield await periodRows(sources, tenantId, period, lookups);
  },
};
