import { Collection, Condition } from '@handoff/read-store';
import { AgentPerformanceDocument, isBucket, PerformanceBucketDocument } from './agent-performance.projection';

/** The hourly buckets in [fromHour, toHour), of the given agents when asked. */
export async function performanceBuckets(
  performance: Collection<AgentPerformanceDocument>,
  tenantId: string,
  range: { fromHour: string; toHour: string; agentIds?: readonly string[] },
): Promise<PerformanceBucketDocument[]> {
  const { fromHour, toHour, agentIds } = range;
  const where: Condition[] = [
    { field: 'kind', eq: 'bucket' },
    { field: 'hour', gte: fromHour },
    { field: 'hour', lt: toHour },
    ...(agentIds ? [{ field: 'agentId', in: [...agentIds] }] : []),
  ];
  return (await performance.list(tenantId, where)).filter(isBucket);
}
