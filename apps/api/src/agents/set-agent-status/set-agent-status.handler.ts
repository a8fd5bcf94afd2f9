import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { onAgent } from '../on-agent';
import { SetAgentStatusCommand } from './set-agent-status.command';

@CommandHandler(SetAgentStatusCommand)
export class SetAgentStatusHandler implements ICommandHandler<SetAgentStatusCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: SetAgentStatusCommand): Promise<CommandOutcome> {
    const { agentId, status } = command.props;
    return this.executor.execute(onAgent(command, (actor) => ({ type: 'SetAgentStatus', actor, agentId, status })));
  }
}
