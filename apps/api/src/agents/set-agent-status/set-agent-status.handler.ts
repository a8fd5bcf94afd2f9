import { agentDecider, agentStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { SetAgentStatusCommand } from './set-agent-status.command';

@CommandHandler(SetAgentStatusCommand)
export class SetAgentStatusHandler implements ICommandHandler<SetAgentStatusCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: SetAgentStatusCommand): Promise<CommandOutcome> {
    const { meta, agentId, status } = command;
    return this.executor.execute({
      stream: agentStream(meta.actor.tenantId, agentId),
      decider: agentDecider,
      command,
      decide: (state) => agentDecider.decide({ type: 'SetAgentStatus', actor: meta.actor, agentId, status }, state),
    });
  }
}
