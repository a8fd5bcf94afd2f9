import { ActivityKind } from '@handoff/domain';
import { UseCaseCommand } from '../../shared/use-case-command';

export type RecordActivityProps = { conversationId: string; kind: ActivityKind };

export class RecordActivityCommand extends UseCaseCommand<RecordActivityProps> {}
