import { transferReasonDecider, transferReasonStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { DefineTransferReasonCommand } from './define-transfer-reason.command';

@CommandHandler(DefineTransferReasonCommand)
export class DefineTransferReasonHandler implements ICommandHandler<DefineTransferReasonCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ meta, reasonId, name, description }: DefineTransferReasonCommand): Promise<CommandOutcome> {
    return this.executor.execute({
      stream: transferReasonStream(meta.actor.tenantId, reasonId),
      decider: transferReasonDecider,
      meta,
      decide: (state) =>
        transferReasonDecider.decide({ type: 'DefineTransferReason', actor: meta.actor, reasonId, name, description }, state),
    });
  }
}
