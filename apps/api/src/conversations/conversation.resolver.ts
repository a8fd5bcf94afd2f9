import { Actor, checkId, checkOptionalId, ConversationStatus } from '@handoff/domain';
import {
  AgentDocument, ConversationDocument, ConversationOrder, conversationPage, findAgent, findConversation,
} from '@handoff/projections';
import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { Condition } from '@handoff/read-store';
import { Inject } from '@nestjs/common';
import { Args, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { AuditEntry, AuditTrail } from '../audit/audit-trail.service';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CursorSigner } from '../graphql/cursor-signer';
import { Connection, pageArgs, toConnection } from '../graphql/paging';
import { CURSOR_SIGNER } from '../infrastructure/tokens';
import { oncePerExecution } from '../graphql/per-execution';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { agentAt, isAsOf } from '../time-travel/conversation-at';
import { transferOfConversation, TransferView } from '../transfers/transfer-note';

interface ConversationFilterInput {
  queueId?: string | null;
  status?: ConversationStatus[] | null;
  assigneeId?: string | null;
}

/** QUEUED alone is a waiting line (oldest wait first); anything else is ordered by when it was opened. */
export function conversationQuery(filter: ConversationFilterInput | null | undefined): { where: Condition[]; order: ConversationOrder } {
  const where: Condition[] = [];
  const queueId = checkOptionalId('filter.queueId', filter?.queueId);
  const assigneeId = checkOptionalId('filter.assigneeId', filter?.assigneeId);
  if (queueId) where.push({ field: 'queueId', eq: queueId });
  if (assigneeId) where.push({ field: 'assigneeId', eq: assigneeId });
  const statuses = filter?.status ?? [];
  if (statuses.length > 0) where.push({ field: 'status', in: [...new Set(statuses)].sort() });
  const onlyQueued = statuses.length > 0 && statuses.every((status) => status === 'QUEUED');
  return { where, order: onlyQueued ? 'waitingSince' : 'openedAt' };
}

@Resolver('Conversation')
export class ConversationResolver {
  constructor(
    private readonly readModels: ReadModelCollections,
    private readonly auditTrail: AuditTrail,
    @Inject(CURSOR_SIGNER) private readonly cursors: CursorSigner,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Query('conversation')
  @Allow('conversation')
  conversation(@Args('id') id: string, @CurrentActor() actor: Actor): Promise<ConversationDocument | null> {
    return findConversation(this.readModels.conversations, actor.tenantId, checkId('id', id));
  }

  @Query('conversations')
  @Allow('conversations')
  async conversations(
    @Args('filter') filter: ConversationFilterInput | null,
    @Args('first') first: number | null,
    @Args('after') after: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<Connection<ConversationDocument>> {
    const { where, order } = conversationQuery(filter);
    const cursors = this.cursors.scope({ tenantId: actor.tenantId, query: 'conversations', shape: { where, order } });
    const page = pageArgs(first, after, cursors);
    const result = await conversationPage(this.readModels.conversations, actor.tenantId, { where, order, ...page });
    return toConnection(result, (document) => document, cursors);
  }

  @ResolveField('assignee')
  async assignee(@Parent() conversation: ConversationDocument, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<AgentDocument | null> {
    const id = conversation.assigneeId;
    if (id && isAsOf(conversation)) return agentAt(this.eventStore, actor.tenantId, id, conversation.asOf);
    return id ? oncePerExecution(info, `agent:${actor.tenantId}:${id}`, () => findAgent(this.readModels.agents, actor.tenantId, id)) : null;
  }

  @ResolveField('lastTransfer')
  lastTransfer(@Parent() conversation: ConversationDocument): TransferView | null {
    return transferOfConversation(conversation);
  }

  @ResolveField('history')
  @Allow('Conversation.history')
  async history(@Parent() conversation: ConversationDocument, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<AuditEntry[]> {
    if (isAsOf(conversation)) return conversation.historyAsOf;
    return oncePerExecution(info, `history:${actor.tenantId}:${conversation.id}`, () => this.auditTrail.ofConversation(actor.tenantId, conversation.id));
  }
}
