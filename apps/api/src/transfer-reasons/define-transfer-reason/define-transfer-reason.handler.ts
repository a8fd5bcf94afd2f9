import { transferReasonDecider, transferReasonStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { DefineTransferReasonCommand } from './define-transfer-reason.command';

@CommandHandler(DefineTransferReasonCommand)
export class DefineTransferReasonHandler implements ICommandHandler<DefineTransferReasonCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: DefineTransferReasonCommand): Promise<CommandOutcome> {
    const { meta, reasonId, name, description } = command;
    return this.executor.execute({
      stream: transferReasonStream(meta.actor.tenantId, reasonId),
      decider: transferReasonDecider,
      command,
      decide: (state) =>
        transferReasonDecider.decide({ type: 'DefineTransferReason', actor: meta.actor, reasonId, name, description }, state),
    });
  }
}
