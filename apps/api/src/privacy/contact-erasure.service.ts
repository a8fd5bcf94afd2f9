import { Actor, authorize, ConcurrencyConflict, conversationStream, NotFound, recordedRole, SCHEMA_VERSION } from '@handoff/domain';
import { EVENT_STORE, EventStore, eventIdFor, personalDataLayerOf, PersonalDataEventStore, Position, StreamAppend } from '@handoff/event-store';
import { ChangeFollower } from '@handoff/projections';
import { AppConfig } from '@handoff/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, CHANGE_FOLLOWER } from '../infrastructure/tokens';
import { Clock, CLOCK } from '../shared/clock';

export interface ErasureReport {
  contactId: string;
  conversations: number;
  erasedAt: Date;
}

/** The read models that hold contact names or notes: forgetContact answers once they show the erasure. */
const HOLDERS = ['conversations', 'transfer-history'] as const;
const MAX_ATTEMPTS = 5;

/**
 * forgetContact: destroys the contact's data keys (the log's envelopes can no longer be opened), then appends
 * `ConversationPersonalDataErased` to each of its conversations in one atomic append, so that the read models drop
 * their plaintext copies (live, and in every rebuild) and auditors see who erased what, when.
 */
@Injectable()
export class ContactErasure {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CHANGE_FOLLOWER) private readonly follower: ChangeFollower,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forget(actor: Actor, contactId: string, correlationId: string | undefined): Promise<ErasureReport> {
    authorize(actor, 'forgetContact');
    const layer = personalDataLayerOf(this.eventStore);
    if (!layer) throw new Error('the personal-data layer is not installed beneath EVENT_STORE');
    if ((await layer.conversationsOfContact(actor.tenantId, contactId)).length === 0) throw new NotFound('Contact', contactId);
    const erasedAt = this.clock.now();
    const { position, conversations } = await this.recordErasure(layer, actor, contactId, erasedAt, correlationId);
    await Promise.all(HOLDERS.map((projection) => this.follower.waitForPosition(projection, position, this.config.readYourWritesTimeoutMs)));
    return { contactId, conversations, erasedAt };
  }

  private async recordErasure(
    layer: PersonalDataEventStore, actor: Actor, contactId: string, erasedAt: Date, correlationId: string | undefined,
  ): Promise<{ position: Position; conversations: number }> {
    const commandId = randomUUID();
    for (let attempt = 1; ; attempt++) {
      // Versions first, keys destroyed next, erasure appended at those versions: a note sealed with a key made before
      // the destruction cannot land unnoticed in between (the append conflicts and the next attempt destroys it too),
      // and a conversation linked meanwhile is erased with the others.
      const conversationIds = await layer.conversationsOfContact(actor.tenantId, contactId);
      const appends = await this.erasureAppends(layer, actor, contactId, conversationIds, { commandId, erasedAt, correlationId: correlationId ?? commandId });
      await layer.forgetContact(actor.tenantId, contactId);
      const linkedMeanwhile = (await layer.conversationsOfContact(actor.tenantId, contactId)).length !== conversationIds.length;
      if (linkedMeanwhile && attempt < MAX_ATTEMPTS) continue;
      if (appends.length === 0) return { position: 0n, conversations: 0 };
      try {
        const result = await layer.appendToStreams(appends);
        return { position: result.position, conversations: appends.length };
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** One erasure event per conversation that exists, at the version read, listing its transfers by id. */
  private async erasureAppends(
    layer: PersonalDataEventStore, actor: Actor, contactId: string, conversationIds: string[],
    ids: { commandId: string; erasedAt: Date; correlationId: string },
  ): Promise<StreamAppend[]> {
    const appends: StreamAppend[] = [];
    for (const conversationId of conversationIds) {
      const stream = conversationStream(actor.tenantId, conversationId);
      const events = await layer.stored.readStream(stream);
      if (events.length === 0) continue;
      const transferIds = events.filter((event) => event.type === 'ConversationTransferred').map((event) => event.eventId);
      appends.push({
        stream,
        expectedVersion: events[events.length - 1].streamVersion,
        events: [{
          eventId: eventIdFor({ tenantId: actor.tenantId, stream, commandId: ids.commandId }, 0),
          type: 'ConversationPersonalDataErased',
          data: { conversationId, contactId, transferIds },
          metadata: {
            tenantId: actor.tenantId,
            actor: { id: actor.id, role: recordedRole(actor) },
            occurredAt: ids.erasedAt.toISOString(),
            commandId: ids.commandId,
            correlationId: ids.correlationId,
            causationId: ids.commandId,
            schemaVersion: SCHEMA_VERSION,
          },
        }],
      });
    }
    return appends;
  }
}
