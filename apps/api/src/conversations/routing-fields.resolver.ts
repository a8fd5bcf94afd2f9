import { Actor } from '@handoff/domain';
import { AgentDocument, OfferDocument, SlaBreachDocument } from '@handoff/projections';
import { Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { referencedAgent } from '../agents/agent-reference';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ReadModelCollections } from '../read-models/read-model-collections';

/** Conversation.offer's agent: the agent it is offered to. */
@Resolver('Offer')
export class OfferResolver {
  constructor(private readonly readModels: ReadModelCollections) {}

  @ResolveField('agent')
  agent(@Parent() offer: OfferDocument, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<AgentDocument> {
    return referencedAgent(this.readModels, info, actor.tenantId, offer.agentId);
  }
}

/** Conversation.slaBreaches' agent: for NO_REPLY, the agent who did not reply. */
@Resolver('SlaBreach')
export class SlaBreachResolver {
  constructor(private readonly readModels: ReadModelCollections) {}

  @ResolveField('agent')
  async agent(@Parent() breach: SlaBreachDocument, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<AgentDocument | null> {
    return breach.agentId ? referencedAgent(this.readModels, info, actor.tenantId, breach.agentId) : null;
  }
}
