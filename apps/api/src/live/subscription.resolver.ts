import { Actor, authorize, checkId, checkOptionalId, Forbidden, mayReadNote } from '@handoff/domain';
import { AgentDocument, ConversationDocument, QueueSummary, TransferHistoryDocument } from '@handoff/projections';
import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { LiveUpdates } from './live-updates.service';
import { offersTo } from './offer-notices';

/** Every subscription is scoped to the caller's tenant and filtered by its arguments. */
@Resolver()
export class SubscriptionResolver {
  constructor(private readonly live: LiveUpdates) {}

  @Subscription('conversationUpdated')
  @Allow('conversationUpdated')
  conversationUpdated(@Args('queueId') queueId: string | null, @Args('assigneeId') assigneeId: string | null, @CurrentActor() actor: Actor) {
    const queue = checkOptionalId('queueId', queueId);
    const assignee = checkOptionalId('assigneeId', assigneeId);
    return this.live.subscribe<ConversationDocument>('conversationUpdated', actor.tenantId, (conversation) =>
      (!queue || conversation.queueId === queue) && (!assignee || conversation.assigneeId === assignee),
    );
  }

  @Subscription('queueUpdated')
  @Allow('queueUpdated')
  queueUpdated(@Args('queueId') queueId: string | null, @CurrentActor() actor: Actor) {
    const queue = checkOptionalId('queueId', queueId);
    return this.live.subscribe<QueueSummary>('queueUpdated', actor.tenantId, (summary) => !queue || summary.queueId === queue);
  }

  @Subscription('conversationTransferred')
  @Allow('conversationTransferred')
  conversationTransferred(@Args('toAgentId') toAgentId: string | null, @CurrentActor() actor: Actor) {
    const to = checkOptionalId('toAgentId', toAgentId);
    // Unfiltered, an agent hears only of transfers it is party to; every payload's note follows mayReadNote.
    return this.live.subscribe<TransferHistoryDocument>('conversationTransferred', actor.tenantId, (transfer) =>
      !transfer.noteErased && (to ? transfer.toAgentId === to : mayReadNote(actor, transfer)),
    );
  }

  @Subscription('agentUpdated')
  @Allow('agentUpdated')
  agentUpdated(@Args('agentId') agentId: string | null, @CurrentActor() actor: Actor) {
    const agent = checkOptionalId('agentId', agentId);
    return this.live.subscribe<AgentDocument>('agentUpdated', actor.tenantId, (document) => !agent || document.id === agent);
  }

  @Subscription('conversationOffered')
  @Allow('conversationOffered')
  conversationOffered(@Args('agentId') agentId: string, @CurrentActor() actor: Actor) {
    const agent = checkId('agentId', agentId);
    if (authorize(actor, 'conversationOffered') === 'own' && agent !== actor.id) throw new Forbidden('an agent hears only of offers made to itself');
    return this.live.subscribe<ConversationDocument>('conversationOffered', actor.tenantId, offersTo(agent));
  }
}
