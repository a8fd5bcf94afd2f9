import { Actor } from '@handoff/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Allow } from '../auth/allow.decorator';
import { RequestContext } from '../auth/caller';
import { CurrentActor } from '../auth/current-actor.decorator';
import { commandMeta } from '../shared/command-meta';
import { CommandAnswers } from '../read-models/command-answers.service';
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

@Resolver()
export class ConversationMutationsResolver {
  constructor(private readonly commandBus: CommandBus, private readonly answers: CommandAnswers) {}

  @Mutation('openConversation')
  @Allow('openConversation')
  async open(@Args('input') input: OpenConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const parsed = parseOpenConversation(input);
    const meta = commandMeta(actor, { commandId: input.commandId, correlationId: context.correlationId });
    const command = new OpenConversationCommand(meta, parsed.conversationId, parsed.queueId, parsed.channel, parsed.contact);
    return this.answers.conversation(context, actor.tenantId, parsed.conversationId, await this.commandBus.execute(command));
  }

  @Mutation('assignConversation')
  @Allow('assignConversation')
  async assign(@Args('input') input: AssignConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const { conversationId, agentId, expectedVersion } = parseAssignConversation(input);
    const meta = commandMeta(actor, { commandId: input.commandId, correlationId: context.correlationId });
    const outcome = await this.commandBus.execute(new AssignConversationCommand(meta, conversationId, agentId, expectedVersion));
    return this.answers.conversation(context, actor.tenantId, conversationId, outcome);
  }

  @Mutation('unassignConversation')
  @Allow('unassignConversation')
  async unassign(@Args('input') input: UnassignConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const { conversationId, note, expectedVersion } = parseUnassignConversation(input);
    const meta = commandMeta(actor, { commandId: input.commandId, correlationId: context.correlationId });
    const outcome = await this.commandBus.execute(new UnassignConversationCommand(meta, conversationId, note, expectedVersion));
    return this.answers.conversation(context, actor.tenantId, conversationId, outcome);
  }

  @Mutation('transferConversation')
  @Allow('transferConversation')
  async transfer(@Args('input') input: TransferConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const parsed = parseTransferConversation(input);
    const meta = commandMeta(actor, { commandId: input.commandId, correlationId: context.correlationId });
    const command = new TransferConversationCommand(meta, parsed.conversationId, parsed.toAgentId, parsed.reasonId, parsed.note, parsed.expectedVersion);
    return this.answers.conversation(context, actor.tenantId, parsed.conversationId, await this.commandBus.execute(command));
  }

  @Mutation('closeConversation')
  @Allow('closeConversation')
  async close(@Args('input') input: CloseConversationInput, @CurrentActor() actor: Actor, @Context() context: RequestContext) {
    const { conversationId, expectedVersion } = parseCloseConversation(input);
    const meta = commandMeta(actor, { commandId: input.commandId, correlationId: context.correlationId });
    const outcome = await this.commandBus.execute(new CloseConversationCommand(meta, conversationId, expectedVersion));
    return this.answers.conversation(context, actor.tenantId, conversationId, outcome);
  }
}
