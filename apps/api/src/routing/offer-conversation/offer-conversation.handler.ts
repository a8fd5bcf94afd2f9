import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../../conversations/on-conversation';
import { OfferConversationCommand } from './offer-conversation.command';

/** Offers to an agent, its slot taken on its stream in the same append (AGENT_AT_CAPACITY past a limit). */
export const OfferConversationHandler = useCaseHandler(OfferConversationCommand, (command, otherStreams) => {
  const { conversationId, agentId, expiresAt } = command.props;
  return onConversation(command, otherStreams, (actor, agents) => ({ type: 'OfferConversation', actor, conversationId, agent: agents.offerable(agentId), expiresAt }), [agentId]);
});
