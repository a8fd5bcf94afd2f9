import { TransferReasonCommand, transferReasonDecider, transferReasonStream } from '@handoff/domain';
import { TransferReasonDocument } from '@handoff/projections';
import { CommandAnswers } from '../read-models/command-answers.service';
import { CommandOutcome } from '../shared/command-executor';
import { Sender } from '../shared/command-mutation';
import { UseCaseCommand } from '../shared/use-case-command';
import { decision, DomainCommandOf } from '../shared/use-case-handler';

/** A transfer reason use case: decided by the transfer reason decider on the reason's stream. */
export const onTransferReason = (command: UseCaseCommand<{ reasonId: string }>, domainCommand: DomainCommandOf<TransferReasonCommand>) =>
  decision(transferReasonDecider, transferReasonStream(command.meta.actor.tenantId, command.props.reasonId), command, domainCommand);

/** A transfer reason use case answers with the reason it changed. */
export const answerTransferReason = (answers: CommandAnswers, { context, actor }: Sender, props: { reasonId: string }, outcome: CommandOutcome): Promise<TransferReasonDocument> =>
  answers.reason(context, actor.tenantId, props.reasonId, outcome);
