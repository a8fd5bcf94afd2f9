import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../on-conversation';
import { TransferConversationCommand } from './transfer-conversation.command';

/** A transfer reads the conversation, both agents and the reason; the target takes it and the source releases it. */
export const TransferConversationHandler = useCaseHandler(TransferConversationCommand, (command, otherStreams) => {
  const { conversationId, toAgentId, reasonId, note } = command.props;
  return onConversation(command, otherStreams, async (actor, agents) => {
    const reason = await otherStreams.reason(actor.tenantId, reasonId);
    return { type: 'TransferConversation', actor, conversationId, toAgent: agents.snapshot(toAgentId), reason, note };
  }, [toAgentId]);
});
