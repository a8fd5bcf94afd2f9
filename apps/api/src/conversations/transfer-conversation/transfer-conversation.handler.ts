import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../on-conversation';
import { TransferConversationCommand } from './transfer-conversation.command';

/** A transfer reads the conversation, the target agent and the reason; it appends to the conversation only. */
export const TransferConversationHandler = useCaseHandler(TransferConversationCommand, (command, otherStreams) => {
  const { conversationId, toAgentId, reasonId, note } = command.props;
  return onConversation(command, async (actor) => {
    const [toAgent, reason] = await Promise.all([otherStreams.agent(actor.tenantId, toAgentId), otherStreams.reason(actor.tenantId, reasonId)]);
    return { type: 'TransferConversation', actor, conversationId, toAgent, reason, note };
  });
});
