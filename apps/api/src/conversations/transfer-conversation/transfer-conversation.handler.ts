import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { OtherStreams } from '../../shared/other-streams';
import { onConversation } from '../on-conversation';
import { TransferConversationCommand } from './transfer-conversation.command';

/** A transfer reads the conversation, the target agent and the reason; it appends to the conversation only. */
@CommandHandler(TransferConversationCommand)
export class TransferConversationHandler implements ICommandHandler<TransferConversationCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor, private readonly otherStreams: OtherStreams) {}

  execute(command: TransferConversationCommand): Promise<CommandOutcome> {
    const { conversationId, toAgentId, reasonId, note } = command.props;
    return this.executor.execute(onConversation(command, async (actor) => {
      const [toAgent, reason] = await Promise.all([
        this.otherStreams.agent(actor.tenantId, toAgentId),
        this.otherStreams.reason(actor.tenantId, reasonId),
      ]);
      return { type: 'TransferConversation', actor, conversationId, toAgent, reason, note };
    }));
  }
}
