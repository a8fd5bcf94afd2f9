import { UseCaseCommand } from '../../shared/use-case-command';

export type ReturnConversationToQueueProps = { conversationId: string; agentId: string; assignedVersion: number };

/** handoff's own command (actor SYSTEM), sent by the router process manager; no GraphQL field. */
export class ReturnConversationToQueueCommand extends UseCaseCommand<ReturnConversationToQueueProps> {}
