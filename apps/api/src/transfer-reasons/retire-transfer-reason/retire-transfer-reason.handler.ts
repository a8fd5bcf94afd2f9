import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { onTransferReason } from '../on-transfer-reason';
import { RetireTransferReasonCommand } from './retire-transfer-reason.command';

@CommandHandler(RetireTransferReasonCommand)
export class RetireTransferReasonHandler implements ICommandHandler<RetireTransferReasonCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: RetireTransferReasonCommand): Promise<CommandOutcome> {
    const { reasonId } = command.props;
    return this.executor.execute(onTransferReason(command, (actor) => ({ type: 'RetireTransferReason', actor, reasonId })));
  }
}
