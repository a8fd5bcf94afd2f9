import { TransferReasonCommand, transferReasonDecider, transferReasonStream } from '@handoff/domain';
import { decision, DomainCommandOf } from '../shared/decision';
import { UseCaseCommand } from '../shared/use-case-command';

/** A transfer reason use case: decided by the transfer reason decider on the reason's stream. */
export const onTransferReason = (command: UseCaseCommand<{ reasonId: string }>, domainCommand: DomainCommandOf<TransferReasonCommand>) =>
  decision(transferReasonDecider, transferReasonStream(command.meta.actor.tenantId, command.props.reasonId), command, domainCommand);
