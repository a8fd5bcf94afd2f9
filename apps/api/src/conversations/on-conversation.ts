import { ConversationCommand, conversationDecider, conversationStream } from '@handoff/domain';
import { decision, DomainCommandOf } from '../shared/decision';
import { UseCaseCommand } from '../shared/use-case-command';

/** A conversation use case: decided by the conversation decider on its conversation's stream. */
export const onConversation = (command: UseCaseCommand<{ conversationId: string }>, domainCommand: DomainCommandOf<ConversationCommand>) =>
  decision(conversationDecider, conversationStream(command.meta.actor.tenantId, command.props.conversationId), command, domainCommand);
