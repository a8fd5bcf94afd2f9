import { Actor, checkId, checkQueueIds } from '@handoff/domain';
import { EVENT_STORE, EventStore, storedForm } from '@handoff/event-store';
import { BOARD_CHECKPOINTS, boardAt, BoardCheckpointsDocument, boardSummaries, QueueSummary } from '@handoff/projections';
import { Collection, collection, READ_STORE, ReadStore } from '@handoff/read-store';
import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { parseDateTime } from '../graphql/date-time.scalar';
import { Clock, CLOCK } from '../shared/clock';
import { ConversationAsOf, conversationAt } from './conversation-at';

@Resolver()
export class TimeTravelResolver {
  private readonly checkpoints: Collection<BoardCheckpointsDocument>;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.checkpoints = collection(readStore, BOARD_CHECKPOINTS);
  }

  @Query('queueBoardAt')
  @Allow('queueBoardAt')
  async queueBoardAt(@Args('at') at: unknown, @Args('queueIds') queueIds: unknown, @CurrentActor() actor: Actor): Promise<QueueSummary[]> {
    const instant = this.notAfterNow(parseDateTime('at', at));
    const queues = queueIds === null || queueIds === undefined ? undefined : checkQueueIds('queueIds', queueIds);
    // The board reads no personal data: the events as stored, without the personal-data layer's work.
    const board = await boardAt(storedForm(this.eventStore), this.checkpoints, actor.tenantId, instant);
    return boardSummaries(board, new Date(instant), queues);
  }

  @Query('conversationAt')
  @Allow('conversationAt')
  conversationAt(@Args('id') id: unknown, @Args('at') at: unknown, @CurrentActor() actor: Actor): Promise<ConversationAsOf | null> {
    const conversationId = checkId('id', id);
    return conversationAt(this.eventStore, actor.tenantId, conversationId, this.notAfterNow(parseDateTime('at', at)));
  }

  /** A moment still to come shows the board as it is now (overdue measured now, not then). */
  private notAfterNow(at: string): string {
    const now = this.clock.now().toISOString();
    return at > now ? now : at;
  }
}
