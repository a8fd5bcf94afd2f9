import { Projection } from '../projection';
import { agentPerformanceProjection } from './agent-performance/agent-performance.projection';
import { agentsProjection } from './agents/agents.projection';
import { auditAgentsProjection, auditIndexProjection } from './audit-index/audit-index.projection';
import { boardCheckpointsProjection } from './board-checkpoints/board-checkpoints.projection';
import { conversationsProjection } from './conversations/conversations.projection';
import { queuePerformanceProjection } from './queue-performance/queue-performance.projection';
import { transferFactsProjection } from './transfer-facts/transfer-facts.projection';
import { queueSettingsProjection } from './queue-settings/queue-settings.projection';
import { queuesProjection } from './queues/queues.projection';
import { transferHistoryProjection } from './transfer-history/transfer-history.projection';
import { transferReasonsProjection } from './transfer-reasons/transfer-reasons.projection';

export * from './agent-performance/agent-performance.projection';
export * from './agent-performance/agent-performance.queries';
export * from './agents/agents.projection';
export * from './agents/agent-holdings';
export * from './agents/agents.queries';
export * from './audit-index/audit-index.projection';
export * from './audit-index/audit-index.queries';
export * from './audit-index/audit-position';
export * from './board-checkpoints';
export * from './conversations/conversations.projection';
export * from './conversations/conversations.queries';
export * from './queue-performance/queue-performance.fold';
export * from './queue-performance/queue-performance.projection';
export * from './queue-performance/queue-performance.queries';
export * from './transfer-facts/transfer-facts.fold';
export * from './transfer-facts/transfer-facts.projection';
export * from './transfer-facts/transfer-facts.queries';
export * from './queue-settings/queue-settings.projection';
export * from './queue-settings/queue-settings.queries';
export * from './queues/queues.projection';
export * from './queues/queues.queries';
export * from './transfer-history/transfer-history.projection';
export * from './transfer-history/transfer-history.queries';
export * from './transfer-reasons/transfer-reasons.projection';
export * from './transfer-reasons/transfer-reasons.queries';

export const ALL_PROJECTIONS: readonly Projection[] = [
  conversationsProjection,
  queuesProjection,
  agentsProjection,
  transferReasonsProjection,
  transferHistoryProjection,
  agentPerformanceProjection,
  queueSettingsProjection,
  auditIndexProjection,
  auditAgentsProjection,
  queuePerformanceProjection,
  transferFactsProjection,
  boardCheckpointsProjection,
];
