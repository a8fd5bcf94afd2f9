import { checkChannelLimits, checkId, checkMaxConversations } from '@handoff/domain';
import { SetAgentCapacityProps } from './set-agent-capacity.command';

export interface SetAgentCapacityInput {
  agentId: string;
  maxConversations?: number | null;
  channelLimits?: Array<{ channel: string; max: number }> | null;
  commandId?: string | null;
}

export function parseSetAgentCapacity(input: SetAgentCapacityInput): SetAgentCapacityProps {
  return {
    agentId: checkId('input.agentId', input.agentId),
    maxConversations: checkMaxConversations('input.maxConversations', input.maxConversations),
    channelLimits: checkChannelLimits('input.channelLimits', input.channelLimits),
  };
}
