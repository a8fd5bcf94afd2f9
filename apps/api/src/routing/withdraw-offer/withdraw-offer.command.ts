import { UseCaseCommand } from '../../shared/use-case-command';

export type WithdrawOfferProps = { conversationId: string; agentId: string };

/** handoff's own command (actor SYSTEM), sent by the router process manager; no GraphQL field. */
export class WithdrawOfferCommand extends UseCaseCommand<WithdrawOfferProps> {}
