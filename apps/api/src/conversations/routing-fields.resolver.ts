import { Actor } from '@handoff/domain';
import { AgentDocument, OfferDocument, SlaBreachDocument } from '@handoff/projections';
import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { Inject } from '@nestjs/common';
import { Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { referencedAgent } from '../agents/agent-reference';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { referencedAgentAsOf } from '../time-travel/conversation-at';

/** Conversation.offer's agent: the agent it is offered to. */
@Resolver('Offer')
export class OfferResolver {
  constructor(private readonly readModels: ReadModelCollections, @Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  @ResolveField('agent')
  agent(@Parent() offer: OfferDocument, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<AgentDocument> {
    return referencedAgentAsOf(this.eventStore, actor.tenantId, offer.agentId, offer, () => referencedAgent(this.readModels, info, actor.tenantId, offer.agentId));
  }
}

/** Conversation.slaBreaches' agent: for NO_REPLY, the agent who did not reply. */
@Resolver('SlaBreach')
export class SlaBreachResolver {
  constructor(private readonly readModels: ReadModelCollections, @Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  @ResolveField('agent')
  async agent(@Parent() breach: SlaBreachDocument, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<AgentDocument | null> {
    const { agentId } = breach;
    return agentId ? referencedAgentAsOf(this.eventStore, actor.tenantId, agentId, breach, () => referencedAgent(this.readModels, info, actor.tenantId, agentId)) : null;
  }
}
