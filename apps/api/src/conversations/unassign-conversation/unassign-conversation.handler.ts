import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { onConversation } from '../on-conversation';
import { UnassignConversationCommand } from './unassign-conversation.command';

@CommandHandler(UnassignConversationCommand)
export class UnassignConversationHandler implements ICommandHandler<UnassignConversationCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: UnassignConversationCommand): Promise<CommandOutcome> {
    const { conversationId, note } = command.props;
    return this.executor.execute(onConversation(command, (actor) => ({ type: 'UnassignConversation', actor, conversationId, note })));
  }
}
