import { UseCaseCommand } from '../../shared/use-case-command';

export type ExpireOfferProps = { conversationId: string; agentId: string; offeredVersion: number };

/** handoff's own command (actor SYSTEM), sent by the router process manager; no GraphQL field. */
export class ExpireOfferCommand extends UseCaseCommand<ExpireOfferProps> {}
