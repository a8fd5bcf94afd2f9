import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { OtherStreams } from '../../shared/other-streams';
import { onConversation } from '../on-conversation';
import { AssignConversationCommand } from './assign-conversation.command';

/** An assignment reads the conversation and the agent; it appends to the conversation only. */
@CommandHandler(AssignConversationCommand)
export class AssignConversationHandler implements ICommandHandler<AssignConversationCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor, private readonly otherStreams: OtherStreams) {}

  execute(command: AssignConversationCommand): Promise<CommandOutcome> {
    const { conversationId, agentId } = command.props;
    return this.executor.execute(onConversation(command, async (actor) => {
      const agent = await this.otherStreams.agent(actor.tenantId, agentId);
      return { type: 'AssignConversation', actor, conversationId, agent };
    }));
  }
}
