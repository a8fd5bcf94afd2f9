import { transferReasonDecider, transferReasonStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { RetireTransferReasonCommand } from './retire-transfer-reason.command';

@CommandHandler(RetireTransferReasonCommand)
export class RetireTransferReasonHandler implements ICommandHandler<RetireTransferReasonCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ meta, reasonId }: RetireTransferReasonCommand): Promise<CommandOutcome> {
    return this.executor.execute({
      stream: transferReasonStream(meta.actor.tenantId, reasonId),
      decider: transferReasonDecider,
      meta,
      decide: (state) => transferReasonDecider.decide({ type: 'RetireTransferReason', actor: meta.actor, reasonId }, state),
    });
  }
}
