import { checkId, checkStreamVersion } from '@handoff/domain';
import { ReturnConversationToQueueProps } from './return-conversation-to-queue.command';

export function parseReturnConversationToQueue(payload: Record<string, unknown>): ReturnConversationToQueueProps {
  return {
    conversationId: checkId('payload.conversationId', payload.conversationId),
    agentId: checkId('payload.agentId', payload.agentId),
    assignedVersion: checkStreamVersion('payload.assignedVersion', payload.assignedVersion),
  };
}
