import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { onConversation } from '../on-conversation';
import { CloseConversationCommand } from './close-conversation.command';

@CommandHandler(CloseConversationCommand)
export class CloseConversationHandler implements ICommandHandler<CloseConversationCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: CloseConversationCommand): Promise<CommandOutcome> {
    const { conversationId } = command.props;
    return this.executor.execute(onConversation(command, (actor) => ({ type: 'CloseConversation', actor, conversationId })));
  }
}
