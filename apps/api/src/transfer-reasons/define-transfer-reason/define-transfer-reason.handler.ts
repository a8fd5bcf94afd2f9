import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { onTransferReason } from '../on-transfer-reason';
import { DefineTransferReasonCommand } from './define-transfer-reason.command';

@CommandHandler(DefineTransferReasonCommand)
export class DefineTransferReasonHandler implements ICommandHandler<DefineTransferReasonCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: DefineTransferReasonCommand): Promise<CommandOutcome> {
    const { reasonId, name, description } = command.props;
    return this.executor.execute(onTransferReason(command, (actor) => ({ type: 'DefineTransferReason', actor, reasonId, name, description })));
  }
}
