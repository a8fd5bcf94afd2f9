import { conversationDecider, conversationStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { Snapshots } from '../../shared/snapshots';
import { AssignConversationCommand } from './assign-conversation.command';

@CommandHandler(AssignConversationCommand)
export class AssignConversationHandler implements ICommandHandler<AssignConversationCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor, private readonly snapshots: Snapshots) {}

  execute(command: AssignConversationCommand): Promise<CommandOutcome> {
    const { meta, conversationId, agentId } = command;
    return this.executor.execute({
      stream: conversationStream(meta.actor.tenantId, conversationId),
      decider: conversationDecider,
      command,
      decide: async (state) => {
        const agent = await this.snapshots.agent(meta.actor.tenantId, agentId);
        return conversationDecider.decide({ type: 'AssignConversation', actor: meta.actor, conversationId, agent }, state);
      },
    });
  }
}
