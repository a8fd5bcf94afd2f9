import { agentDecider, agentStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { RegisterAgentCommand } from './register-agent.command';

@CommandHandler(RegisterAgentCommand)
export class RegisterAgentHandler implements ICommandHandler<RegisterAgentCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: RegisterAgentCommand): Promise<CommandOutcome> {
    const { meta, agentId, name, queueIds } = command;
    return this.executor.execute({
      stream: agentStream(meta.actor.tenantId, agentId),
      decider: agentDecider,
      command,
      decide: (state) => agentDecider.decide({ type: 'RegisterAgent', actor: meta.actor, agentId, name, queueIds }, state),
    });
  }
}
