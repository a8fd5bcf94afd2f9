import { agentDecider, agentStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { DeactivateAgentCommand } from './deactivate-agent.command';

@CommandHandler(DeactivateAgentCommand)
export class DeactivateAgentHandler implements ICommandHandler<DeactivateAgentCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: DeactivateAgentCommand): Promise<CommandOutcome> {
    const { meta, agentId } = command;
    return this.executor.execute({
      stream: agentStream(meta.actor.tenantId, agentId),
      decider: agentDecider,
      command,
      decide: (state) => agentDecider.decide({ type: 'DeactivateAgent', actor: meta.actor, agentId }, state),
    });
  }
}
