import { checkId, checkStreamVersion } from '@handoff/domain';
import { RecordQueueWaitBreachProps } from './record-queue-wait-breach.command';

export function parseRecordQueueWaitBreach(payload: Record<string, unknown>): RecordQueueWaitBreachProps {
  return {
    conversationId: checkId('payload.conversationId', payload.conversationId),
    waitVersion: checkStreamVersion('payload.waitVersion', payload.waitVersion),
  };
}
