import { UseCaseCommand } from '../../shared/use-case-command';

export type OfferConversationProps = { conversationId: string; agentId: string; expiresAt: string };

/** handoff's own command (actor SYSTEM), sent by the router process manager; no GraphQL field. */
export class OfferConversationCommand extends UseCaseCommand<OfferConversationProps> {}
