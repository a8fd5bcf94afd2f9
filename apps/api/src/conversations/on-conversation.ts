import { ConversationCommand, conversationDecider, conversationStream } from '@handoff/domain';
import { ConversationDocument } from '@handoff/projections';
import { CommandAnswers } from '../read-models/command-answers.service';
import { CommandOutcome } from '../shared/command-executor';
import { Sender } from '../shared/command-mutation';
import { UseCaseCommand } from '../shared/use-case-command';
import { decision, DomainCommandOf } from '../shared/use-case-handler';

/** A conversation use case: decided by the conversation decider on its conversation's stream. */
export const onConversation = (command: UseCaseCommand<{ conversationId: string }>, domainCommand: DomainCommandOf<ConversationCommand>) =>
  decision(conversationDecider, conversationStream(command.meta.actor.tenantId, command.props.conversationId), command, domainCommand);

/** A conversation use case answers with the conversation it changed. */
export const answerConversation = (answers: CommandAnswers, { context, actor }: Sender, props: { conversationId: string }, outcome: CommandOutcome): Promise<ConversationDocument> =>
  answers.conversation(context, actor.tenantId, props.conversationId, outcome);
