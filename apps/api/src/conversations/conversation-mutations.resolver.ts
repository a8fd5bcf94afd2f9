import { Actor } from '@handoff/domain';
import { ConversationDocument } from '@handoff/projections';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Allow } from '../auth/allow.decorator';
import { RequestContext } from '../auth/caller';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CommandOutcome } from '../shared/command-executor';
import { commandMeta } from '../shared/command-meta';
import { ReadModels } from '../read-models/read-models.service';
import { AssignConversationCommand } from './assign-conversation/assign-conversation.command';
import { AssignConversationInput, parseAssignConversation } from './assign-conversation/assign-conversation.input';
import { CloseConversationCommand } from './close-conversation/close-conversation.command';
import { CloseConversationInput, parseCloseConversation } from './close-conversation/close-conversation.input';
import { OpenConversationCommand } from './open-conversation/open-conversation.command';
import { OpenConversationInput, parseOpenConversation } from './open-conversation/open-conversation.input';
import { TransferConversationCommand } from './transfer-conversation/transfer-conversation.command';
import { parseTransferConversation, TransferConversationInput } from './transfer-conversation/transfer-conversation.input';
import { UnassignConversationCommand } from './unassign-conversation/unassign-conversation.command';
import { parseUnassignConversation, UnassignConversationInput } from './unassign-conversation/unassign-conversation.input';

/** The projections a conversation answer reads: the conversation itself and its assignee's load. */
const ANSWER_PROJECTIONS = ['conversations', 'agents'];

@Resolver()
export class ConversationMutationsResolver {
  constructor(private readonly commandBus: CommandBus, private readonly readModels: ReadModels) {}

  @Mutation('openConversation')
  @Allow('SUPERVISOR', 'ADMIN', 'INTEGRATION')
  async open(@Args('input') input: OpenConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const parsed = parseOpenConversation(input);
    const meta = commandMeta(actor, { commandId: input.commandId, correlationId: context.correlationId });
    const command = new OpenConversationCommand(meta, parsed.conversationId, parsed.queueId, parsed.channel, parsed.contact);
    return this.answer(actor, parsed.conversationId, await this.commandBus.execute(command));
  }

  @Mutation('assignConversation')
  @Allow('SUPERVISOR', 'ADMIN', 'AGENT')
  async assign(@Args('input') input: AssignConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const { conversationId, agentId, expectedVersion } = parseAssignConversation(input);
    const meta = commandMeta(actor, { commandId: input.commandId, correlationId: context.correlationId });
    const outcome = await this.commandBus.execute(new AssignConversationCommand(meta, conversationId, agentId, expectedVersion));
    return this.answer(actor, conversationId, outcome);
  }

  @Mutation('unassignConversation')
  @Allow('SUPERVISOR', 'ADMIN', 'AGENT')
  async unassign(@Args('input') input: UnassignConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const { conversationId, note, expectedVersion } = parseUnassignConversation(input);
    const meta = commandMeta(actor, { commandId: input.commandId, correlationId: context.correlationId });
    const outcome = await this.commandBus.execute(new UnassignConversationCommand(meta, conversationId, note, expectedVersion));
    return this.answer(actor, conversationId, outcome);
  }

  @Mutation('transferConversation')
  @Allow('SUPERVISOR', 'ADMIN', 'AGENT')
  async transfer(@Args('input') input: TransferConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const parsed = parseTransferConversation(input);
    const meta = commandMeta(actor, { commandId: input.commandId, correlationId: context.correlationId });
    const command = new TransferConversationCommand(meta, parsed.conversationId, parsed.toAgentId, parsed.reasonId, parsed.note, parsed.expectedVersion);
    return this.answer(actor, parsed.conversationId, await this.commandBus.execute(command));
  }

  @Mutation('closeConversation')
  @Allow('SUPERVISOR', 'ADMIN', 'INTEGRATION', 'AGENT')
  async close(@Args('input') input: CloseConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const { conversationId, expectedVersion } = parseCloseConversation(input);
    const meta = commandMeta(actor, { commandId: input.commandId, correlationId: context.correlationId });
    const outcome = await this.commandBus.execute(new CloseConversationCommand(meta, conversationId, expectedVersion));
    return this.answer(actor, conversationId, outcome);
  }

  /** Read-your-writes: the conversation as the read model shows it once it has the command's events. */
  private async answer(actor: Actor, conversationId: string, outcome: CommandOutcome): Promise<ConversationDocument> {
    await this.readModels.waitFor(ANSWER_PROJECTIONS, outcome.position);
    const conversation = await this.readModels.conversation(actor.tenantId, conversationId);
    if (!conversation) throw new Error(`read model did not show conversation ${conversationId} in time`);
    return conversation;
  }
}
