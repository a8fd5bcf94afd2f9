import { Actor, BadInput, checkOptionalId } from '@handoff/domain';
import {
  AgentDocument, findAgent, findConversation, findTransferReason, TransferDocument, TransferHistoryDocument, transferPage, TransferReasonDocument,
} from '@handoff/projections';
import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { Condition } from '@handoff/read-store';
import { Inject } from '@nestjs/common';
import { Args, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { parseDateTime } from '../graphql/date-time.scalar';
import { unknownAgent, unknownReason } from '../graphql/fallbacks';
import { CursorSigner } from '../graphql/cursor-signer';
import { Connection, pageArgs, toConnection } from '../graphql/paging';
import { CURSOR_SIGNER } from '../infrastructure/tokens';
import { oncePerExecution } from '../graphql/per-execution';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { asOfOf, reasonAt, referencedAgentAsOf } from '../time-travel/conversation-at';
import { noteFor, TransferView } from './transfer-note';

interface TransferFilterInput {
  conversationId?: string | null;
  agentId?: string | null;
  fromAgentId?: string | null;
  toAgentId?: string | null;
  reasonId?: string | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
}

export function transferConditions(filter: TransferFilterInput | null | undefined): Condition[] {
  const where: Condition[] = [];
  const eq = (field: string, key: keyof TransferFilterInput): void => {
    const value = checkOptionalId(`filter.${key}`, filter?.[key]);
    if (value) where.push({ field, eq: value });
  };
  eq('conversationId', 'conversationId');
  eq('fromAgentId', 'fromAgentId');
  eq('toAgentId', 'toAgentId');
  eq('reasonId', 'reasonId');
  eq('actorId', 'actorId');
  const agentId = checkOptionalId('filter.agentId', filter?.agentId);
  if (agentId) where.push({ anyOf: [{ field: 'fromAgentId', eq: agentId }, { field: 'toAgentId', eq: agentId }] });
  const from = filter?.from != null ? parseDateTime('filter.from', filter.from) : undefined;
  const to = filter?.to != null ? parseDateTime('filter.to', filter.to) : undefined;
  if (from && to && from >= to) throw new BadInput('filter.from', 'must be before filter.to');
  if (from) where.push({ field: 'at', gte: from });
  if (to) where.push({ field: 'at', lt: to });
  return where;
}

@Resolver('Transfer')
export class TransferResolver {
  constructor(
    private readonly readModels: ReadModelCollections,
    @Inject(CURSOR_SIGNER) private readonly cursors: CursorSigner,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Query('transferHistory')
  @Allow('transferHistory')
  async transferHistory(
    @Args('filter') filter: TransferFilterInput | null,
    @Args('first') first: number | null,
    @Args('after') after: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<Connection<TransferDocument>> {
    const where = transferConditions(filter);
    const cursors = this.cursors.scope({ tenantId: actor.tenantId, query: 'transferHistory', shape: where });
    const page = pageArgs(first, after, cursors);
    const result = await transferPage(this.readModels.transferHistory, actor.tenantId, { where, ...page });
    return toConnection<TransferHistoryDocument, TransferDocument>(result, (document) => document, cursors);
  }

  @ResolveField('fromAgent')
  fromAgent(@Parent() transfer: TransferDocument, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<AgentDocument> {
    return this.agent(actor.tenantId, transfer.fromAgentId, info, transfer);
  }

  @ResolveField('toAgent')
  toAgent(@Parent() transfer: TransferDocument, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<AgentDocument> {
    return this.agent(actor.tenantId, transfer.toAgentId, info, transfer);
  }

  /** Each agent once per request, however many transfers (or aliases) name it; as it was then for a transfer of the past. */
  private agent(tenantId: string, agentId: string, info: GraphQLResolveInfo, transfer: TransferDocument): Promise<AgentDocument> {
    return referencedAgentAsOf(this.eventStore, tenantId, agentId, transfer, () =>
      oncePerExecution(info, `agent:${tenantId}:${agentId}`, async () => (await findAgent(this.readModels.agents, tenantId, agentId)) ?? unknownAgent(tenantId, agentId)));
  }

  @ResolveField('reason')
  async reason(@Parent() transfer: TransferDocument, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<TransferReasonDocument> {
    const key = `reason:${actor.tenantId}:${transfer.reasonId}`;
    const asOf = asOfOf(transfer);
    if (asOf) return (await reasonAt(this.eventStore, actor.tenantId, transfer.reasonId, asOf)) ?? unknownReason(actor.tenantId, transfer.reasonId, transfer.reasonName);
    return (
      (await oncePerExecution(info, key, () => findTransferReason(this.readModels.transferReasons, actor.tenantId, transfer.reasonId))) ??
      unknownReason(actor.tenantId, transfer.reasonId, transfer.reasonName)
    );
  }

  /** The same rule for every path to a transfer: lastTransfer, transferHistory, conversationTransferred. */
  @ResolveField('note')
  note(@Parent() transfer: TransferView, @CurrentActor() actor: Actor): Promise<string | null> {
    return noteFor(actor, transfer, async (conversationId) => (await findConversation(this.readModels.conversations, actor.tenantId, conversationId))?.assigneeId ?? null);
  }

  @ResolveField('transferredBy')
  transferredBy(@Parent() transfer: TransferDocument): { id: string; role: string } {
    return { id: transfer.actorId, role: transfer.actorRole };
  }
}
