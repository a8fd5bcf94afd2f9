import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { onAgent } from '../on-agent';
import { DeactivateAgentCommand } from './deactivate-agent.command';

@CommandHandler(DeactivateAgentCommand)
export class DeactivateAgentHandler implements ICommandHandler<DeactivateAgentCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: DeactivateAgentCommand): Promise<CommandOutcome> {
    const { agentId } = command.props;
    return this.executor.execute(onAgent(command, (actor) => ({ type: 'DeactivateAgent', actor, agentId })));
  }
}
