import { agentDecider, agentStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { DeactivateAgentCommand } from './deactivate-agent.command';

@CommandHandler(DeactivateAgentCommand)
export class DeactivateAgentHandler implements ICommandHandler<DeactivateAgentCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ meta, agentId }: DeactivateAgentCommand): Promise<CommandOutcome> {
    return this.executor.execute({
      stream: agentStream(meta.actor.tenantId, agentId),
      decider: agentDecider,
      meta,
      decide: (state) => agentDecider.decide({ type: 'DeactivateAgent', actor: meta.actor, agentId }, state),
    });
  }
}
