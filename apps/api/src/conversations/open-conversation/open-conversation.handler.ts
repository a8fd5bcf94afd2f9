import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { onConversation } from '../on-conversation';
import { OpenConversationCommand } from './open-conversation.command';

@CommandHandler(OpenConversationCommand)
export class OpenConversationHandler implements ICommandHandler<OpenConversationCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: OpenConversationCommand): Promise<CommandOutcome> {
    const { conversationId, queueId, channel, contact } = command.props;
    return this.executor.execute(onConversation(command, (actor) => ({ type: 'OpenConversation', actor, conversationId, queueId, channel, contact })));
  }
}
