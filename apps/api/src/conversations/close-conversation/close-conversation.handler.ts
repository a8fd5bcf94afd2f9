import { conversationDecider, conversationStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { CloseConversationCommand } from './close-conversation.command';

@CommandHandler(CloseConversationCommand)
export class CloseConversationHandler implements ICommandHandler<CloseConversationCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: CloseConversationCommand): Promise<CommandOutcome> {
    const { meta, conversationId } = command;
    return this.executor.execute({
      stream: conversationStream(meta.actor.tenantId, conversationId),
      decider: conversationDecider,
      command,
      decide: (state) => conversationDecider.decide({ type: 'CloseConversation', actor: meta.actor, conversationId }, state),
    });
  }
}
