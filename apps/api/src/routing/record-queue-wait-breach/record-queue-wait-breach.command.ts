import { UseCaseCommand } from '../../shared/use-case-command';

export type RecordQueueWaitBreachProps = { conversationId: string; waitVersion: number };

/** handoff's own command (actor SYSTEM), sent by the router process manager; no GraphQL field. */
export class RecordQueueWaitBreachCommand extends UseCaseCommand<RecordQueueWaitBreachProps> {}
