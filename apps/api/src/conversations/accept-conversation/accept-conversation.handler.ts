import { useCaseHandler } from '../../shared/use-case-handler';
import { onConversation } from '../on-conversation';
import { AcceptConversationCommand } from './accept-conversation.command';

/** The caller accepts what is offered to it: the slot its offer took stays taken (nothing more on its stream). */
export const AcceptConversationHandler = useCaseHandler(AcceptConversationCommand, (command, otherStreams) => {
  const { conversationId } = command.props;
  const callerId = command.meta.actor.id;
  return onConversation(command, otherStreams, (actor, agents) => ({ type: 'AcceptConversation', actor, conversationId, agent: agents.snapshot(callerId) }), [callerId]);
});
