import { transferReasonDecider, transferReasonStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { RetireTransferReasonCommand } from './retire-transfer-reason.command';

@CommandHandler(RetireTransferReasonCommand)
export class RetireTransferReasonHandler implements ICommandHandler<RetireTransferReasonCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: RetireTransferReasonCommand): Promise<CommandOutcome> {
    const { meta, reasonId } = command;
    return this.executor.execute({
      stream: transferReasonStream(meta.actor.tenantId, reasonId),
      decider: transferReasonDecider,
      command,
      decide: (state) => transferReasonDecider.decide({ type: 'RetireTransferReason', actor: meta.actor, reasonId }, state),
    });
  }
}
