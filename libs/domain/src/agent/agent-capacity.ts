import { Agent } from './agent.state';

/**
 * How many more conversations the agent may hold now: on `channel` when given (its channel limit and the total
 * both apply), else all channels together. null: no limit. Never below 0 (a limit lowered under what is held).
 */
export function spareCapacity(agent: Agent, channel?: string): number | null {
  if (!agent.exists) return 0;
  const spares: number[] = [];
  if (agent.maxConversations !== null) spares.push(agent.maxConversations - agent.holdings.length);
  const limit = channel === undefined ? undefined : agent.channelLimits.find((l) => l.channel === channel);
  if (limit) spares.push(limit.max - agent.holdings.filter((holding) => holding.channel === channel).length);
  return spares.length === 0 ? null : Math.max(0, Math.min(...spares));
}

/** Whether the agent may take one more conversation of this channel. */
export function canTake(agent: Agent, channel: string): boolean {
  const spare = spareCapacity(agent, channel);
  return spare === null || spare > 0;
}

/** Whether the agent holds (has been offered or assigned, and not released) the conversation. */
export function holds(agent: Agent, conversationId: string): boolean {
  return agent.exists && agent.holdings.some((holding) => holding.conversationId === conversationId);
}
