import { Projection } from '../projection';
import { agentPerformanceProjection } from './agent-performance/agent-performance.projection';
import { agentsProjection } from './agents/agents.projection';
import { conversationsProjection } from './conversations/conversations.projection';
import { queuesProjection } from './queues/queues.projection';
import { transferHistoryProjection } from './transfer-history/transfer-history.projection';
import { transferReasonsProjection } from './transfer-reasons/transfer-reasons.projection';

export * from './agent-performance/agent-performance.projection';
export * from './agents/agents.projection';
export * from './conversations/conversations.projection';
export * from './queues/queues.projection';
export * from './transfer-history/transfer-history.projection';
export * from './transfer-reasons/transfer-reasons.projection';

export const ALL_PROJECTIONS: readonly Projection[] = [
  conversationsProjection,
  queuesProjection,
  agentsProjection,
  transferReasonsProjection,
  transferHistoryProjection,
  agentPerformanceProjection,
];
