import {
  AGENTS, ChangeFollower, CONVERSATIONS, findAgent, findConversation, findTransfer, QUEUES, queueIdOfDocument, queueSummary, TRANSFER_HISTORY,
} from '@handoff/projections';
import { ChangeRecord } from '@handoff/read-store';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { CHANGE_FOLLOWER } from '../infrastructure/tokens';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { Clock, CLOCK } from '../shared/clock';
import { AsyncQueue } from './async-queue';
import { retrying, RetryPolicy } from './retry';

export type Topic = 'conversationUpdated' | 'conversationOffered' | 'queueUpdated' | 'conversationTransferred' | 'agentUpdated';

interface Subscriber {
  topic: Topic;
  tenantId: string;
  accepts: (payload: unknown) => boolean;
  queue: AsyncQueue<Record<string, unknown>>;
}

/** The topics a projection's changes feed; each changed document is read once for all of them. */
const TOPICS_OF_PROJECTION: Record<string, readonly Topic[]> = {
  [CONVERSATIONS.name]: ['conversationUpdated', 'conversationOffered'],
  [QUEUES.name]: ['queueUpdated'],
  [TRANSFER_HISTORY.name]: ['conversationTransferred'],
  [AGENTS.name]: ['agentUpdated'],
};

/** A changed document that cannot be read is tried again for some 5 s (a store failing over) before it is skipped. */
const LOAD_RETRY: RetryPolicy = { attempts: 8, firstDelayMs: 50, maxDelayMs: 2000 };

/**
 * Subscriptions, fed only by the projector's committed changes (never by mutations): a subscriber is told once
 * the read model shows the change, and a re-query sees what it was told. Each changed document is read once
 * per commit, however many subscribers wait for it.
 */
@Injectable()
export class LiveUpdates implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveUpdates.name);
  private readonly subscribers = new Set<Subscriber>();
  private dispatching: Promise<void> = Promise.resolve();
  private stopFollowing?: () => void;
  private destroyed = false;

  constructor(
    @Inject(CHANGE_FOLLOWER) private readonly follower: ChangeFollower,
    private readonly readModels: ReadModelCollections,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.stopFollowing = this.follower.onChange((record) => {
      this.dispatching = this.dispatching.then(() => this.dispatch(record)).catch((error) => this.logger.error(error));
    });
  }

  onModuleDestroy(): void {
    this.destroyed = true;
    this.stopFollowing?.();
  }

  get activeSubscriptions(): number {
    return this.subscribers.size;
  }

  subscribe<T>(topic: Topic, tenantId: string, accepts: (payload: T) => boolean): AsyncIterableIterator<Record<string, unknown>> {
    const subscriber: Subscriber = {
      topic,
      tenantId,
      accepts: accepts as (payload: unknown) => boolean,
      queue: new AsyncQueue(() => this.subscribers.delete(subscriber)),
    };
    this.subscribers.add(subscriber);
    return subscriber.queue;
  }

  private async dispatch(record: ChangeRecord): Promise<void> {
    const topics = TOPICS_OF_PROJECTION[record.projection];
    if (!topics) return;
    if (![...this.subscribers].some((s) => topics.includes(s.topic))) return;
    // After what the change resolves in this turn (the mutation waiting to read its write answers first), not before.
    await new Promise((resolve) => setImmediate(resolve));
    const listening = [...this.subscribers].filter((s) => topics.includes(s.topic));
    for (const { tenantId, id } of record.changed) {
      const audience = listening.filter((s) => s.tenantId === tenantId);
      if (audience.length === 0) continue;
      const payload = await retrying(() => this.load(record.projection, tenantId, id), LOAD_RETRY, () => this.destroyed).catch((error: unknown) => {
        this.logger.error(`could not read ${record.projection} ${id} for its subscribers: ${String(error)}`);
        return null;
      });
      if (!payload) continue;
      for (const subscriber of audience) {
        if (subscriber.accepts(payload)) subscriber.queue.push({ [subscriber.topic]: payload });
      }
    }
  }

  private async load(projection: string, tenantId: string, id: string): Promise<unknown> {
    switch (projection) {
      case CONVERSATIONS.name:
        return findConversation(this.readModels.conversations, tenantId, id);
      case QUEUES.name: {
        const queueId = queueIdOfDocument(id);
        return queueId === null ? null : queueSummary(this.readModels.queues, tenantId, queueId, this.clock.now());
      }
      case TRANSFER_HISTORY.name:
        return findTransfer(this.readModels.transferHistory, tenantId, id);
      case AGENTS.name:
        return findAgent(this.readModels.agents, tenantId, id);
      default:
        return null;
    }
  }
}
