import { checkActivityKind, checkId } from '@handoff/domain';
import { RecordActivityProps } from './record-activity.command';

export interface RecordActivityInput {
  conversationId: string;
  kind: string;
  commandId?: string | null;
}

export function parseRecordActivity(input: RecordActivityInput): RecordActivityProps {
  return { conversationId: checkId('input.conversationId', input.conversationId), kind: checkActivityKind('input.kind', input.kind) };
}
