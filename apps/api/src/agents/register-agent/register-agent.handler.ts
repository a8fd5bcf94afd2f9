import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { onAgent } from '../on-agent';
import { RegisterAgentCommand } from './register-agent.command';

@CommandHandler(RegisterAgentCommand)
export class RegisterAgentHandler implements ICommandHandler<RegisterAgentCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: RegisterAgentCommand): Promise<CommandOutcome> {
    const { agentId, name, queueIds } = command.props;
    return this.executor.execute(onAgent(command, (actor) => ({ type: 'RegisterAgent', actor, agentId, name, queueIds })));
  }
}
