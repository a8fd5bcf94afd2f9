import { BadInput, systemActor } from '@handoff/domain';
import { SystemCommand } from '@handoff/process-managers';
import { CommandMeta } from '../shared/command-meta';
import { CommandClass, CommandProps, UseCaseCommand } from '../shared/use-case-command';
import { ExpireOfferCommand } from './expire-offer/expire-offer.command';
import { parseExpireOffer } from './expire-offer/expire-offer.input';
import { OfferConversationCommand } from './offer-conversation/offer-conversation.command';
import { parseOfferConversation } from './offer-conversation/offer-conversation.input';
import { RecordQueueWaitBreachCommand } from './record-queue-wait-breach/record-queue-wait-breach.command';
import { parseRecordQueueWaitBreach } from './record-queue-wait-breach/record-queue-wait-breach.input';
import { ReturnConversationToQueueCommand } from './return-conversation-to-queue/return-conversation-to-queue.command';
import { parseReturnConversationToQueue } from './return-conversation-to-queue/return-conversation-to-queue.input';
import { WithdrawOfferCommand } from './withdraw-offer/withdraw-offer.command';
import { parseWithdrawOffer } from './withdraw-offer/withdraw-offer.input';

/** Builds one kind of system command from its payload, checked. */
type SystemCommandKind = (meta: CommandMeta, payload: Record<string, unknown>) => UseCaseCommand;

const kind = <Props extends CommandProps>(command: CommandClass<Props>, parse: (payload: Record<string, unknown>) => Props): SystemCommandKind =>
  (meta, payload) => new command(meta, parse(payload));

/** handoff's own commands by the type name a process manager gives them (ROUTING.md "Agreed vocabulary"). */
export const SYSTEM_COMMAND_KINDS = {
  OfferConversation: kind(OfferConversationCommand, parseOfferConversation),
  ExpireOffer: kind(ExpireOfferCommand, parseExpireOffer),
  WithdrawOffer: kind(WithdrawOfferCommand, parseWithdrawOffer),
  ReturnConversationToQueue: kind(ReturnConversationToQueueCommand, parseReturnConversationToQueue),
  RecordQueueWaitBreach: kind(RecordQueueWaitBreachCommand, parseRecordQueueWaitBreach),
} as const;

export type SystemCommandType = keyof typeof SYSTEM_COMMAND_KINDS;

const isSystemCommandType = (type: string): type is SystemCommandType => Object.hasOwn(SYSTEM_COMMAND_KINDS, type);

/**
 * The command bus's command for a process manager's request: its payload checked like any input (BAD_USER_INPUT
 * on `payload.<field>`, a refusal the dispatcher drops), an unknown type refused the same way.
 */
export function systemCommandFor(type: string, payload: Record<string, unknown>, meta: CommandMeta): UseCaseCommand {
  if (!isSystemCommandType(type)) throw new BadInput('type', `${type} is not one of handoff's own commands`);
  return SYSTEM_COMMAND_KINDS[type](meta, payload);
}

/** The same from a runner's SystemCommand: actor SYSTEM of its tenant, its command id, its cause. */
export function systemCommandOf(request: SystemCommand): UseCaseCommand {
  const { type, payload, tenantId, commandId, correlationId, causationId } = request;
  return systemCommandFor(type, payload, { actor: systemActor(tenantId), commandId, correlationId, causationId });
}
