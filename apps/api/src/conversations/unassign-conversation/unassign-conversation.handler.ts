import { conversationDecider, conversationStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { UnassignConversationCommand } from './unassign-conversation.command';

@CommandHandler(UnassignConversationCommand)
export class UnassignConversationHandler implements ICommandHandler<UnassignConversationCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: UnassignConversationCommand): Promise<CommandOutcome> {
    const { meta, conversationId, note } = command;
    return this.executor.execute({
      stream: conversationStream(meta.actor.tenantId, conversationId),
      decider: conversationDecider,
      command,
      decide: (state) =>
        conversationDecider.decide({ type: 'UnassignConversation', actor: meta.actor, conversationId, note }, state),
    });
  }
}
