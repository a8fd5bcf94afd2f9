import { conversationDecider, conversationStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { OpenConversationCommand } from './open-conversation.command';

@CommandHandler(OpenConversationCommand)
export class OpenConversationHandler implements ICommandHandler<OpenConversationCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: OpenConversationCommand): Promise<CommandOutcome> {
    const { meta, conversationId, queueId, channel, contact } = command;
    return this.executor.execute({
      stream: conversationStream(meta.actor.tenantId, conversationId),
      decider: conversationDecider,
      command,
      decide: (state) =>
        conversationDecider.decide({ type: 'OpenConversation', actor: meta.actor, conversationId, queueId, channel, contact }, state),
    });
  }
}
