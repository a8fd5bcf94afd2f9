import { Projection } from '../projection';
import { agentPerformanceProjection } from './agent-performance.projection';
import { agentsProjection } from './agents.projection';
import { conversationsProjection } from './conversations.projection';
import { queuesProjection } from './queues.projection';
import { transferHistoryProjection } from './transfer-history.projection';
import { transferReasonsProjection } from './transfer-reasons.projection';

export * from './agent-performance.projection';
export * from './agents.projection';
export * from './conversations.projection';
export * from './queues.projection';
export * from './transfer-history.projection';
export * from './transfer-reasons.projection';

export const ALL_PROJECTIONS: readonly Projection[] = [
  conversationsProjection,
  queuesProjection,
  agentsProjection,
  transferReasonsProjection,
  transferHistoryProjection,
  agentPerformanceProjection,
];
