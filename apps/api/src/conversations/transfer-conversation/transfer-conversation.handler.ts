import { conversationDecider, conversationStream } from '@handoff/domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome } from '../../shared/command-executor';
import { Snapshots } from '../../shared/snapshots';
import { TransferConversationCommand } from './transfer-conversation.command';

/** A transfer reads the conversation, the target agent and the reason; it appends to the conversation only. */
@CommandHandler(TransferConversationCommand)
export class TransferConversationHandler implements ICommandHandler<TransferConversationCommand, CommandOutcome> {
  constructor(private readonly executor: CommandExecutor, private readonly snapshots: Snapshots) {}

  execute(command: TransferConversationCommand): Promise<CommandOutcome> {
    const { meta, conversationId, toAgentId, reasonId, note } = command;
    const tenantId = meta.actor.tenantId;
    return this.executor.execute({
      stream: conversationStream(tenantId, conversationId),
      decider: conversationDecider,
      command,
      decide: async (state) => {
        const [toAgent, reason] = await Promise.all([
          this.snapshots.agent(tenantId, toAgentId),
          this.snapshots.reason(tenantId, reasonId),
        ]);
        return conversationDecider.decide(
          { type: 'TransferConversation', actor: meta.actor, conversationId, toAgent, reason, note },
          state,
        );
      },
    });
  }
}
