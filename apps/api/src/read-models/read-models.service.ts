import { Position } from '@handoff/event-store';
import {
  AgentDocument,
  ChangeFollower,
  ConversationDocument,
  PerformanceBucketDocument,
  queueDocumentId,
  QueueDocument,
  QueuedConversationDocument,
  TransferHistoryDocument,
  TransferReasonDocument,
} from '@handoff/projections';
import { Condition, FindQuery, Page, READ_STORE, ReadStore, SortKey } from '@handoff/read-store';
import { AppConfig } from '@handoff/platform';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, CHANGE_FOLLOWER } from '../infrastructure/tokens';

export interface QueueSummary {
  queueId: string;
  queued: number;
  assigned: number;
  oldestWaitingSince: string | null;
  agentsOnline: number;
}

export type ConversationOrder = 'waitingSince' | 'openedAt';

/** Every read the API makes of the read models, scoped by tenant; mutations wait here for their own events. */
@Injectable()
export class ReadModels {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CHANGE_FOLLOWER) private readonly follower: ChangeFollower,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Read-your-writes: true once each projection shows everything up to `position`, false when the time is up. */
  async waitFor(projections: readonly string[], position: Position | null): Promise<boolean> {
    if (position === null) return true;
    const reached = await Promise.all(
      projections.map((name) => this.follower.waitForPosition(name, position, this.config.readYourWritesTimeoutMs)),
    );
    return reached.every(Boolean);
  }

  conversation(tenantId: string, id: string): Promise<ConversationDocument | null> {
    return this.store.get('conversations', tenantId, id) as Promise<ConversationDocument | null>;
  }

  conversations(tenantId: string, where: Condition[], order: ConversationOrder, first: number, after?: string): Promise<Page> {
    const orderBy: SortKey[] = [{ field: order, direction: 'asc' }];
    return this.store.find('conversations', { tenantId, where, orderBy, first, after });
  }

  async agent(tenantId: string, id: string): Promise<AgentDocument | null> {
    return (await this.store.get('agents', tenantId, id)) as AgentDocument | null;
  }

  async agentsByIds(tenantId: string, ids: readonly string[]): Promise<AgentDocument[]> {
    return (await this.store.getMany('agents', tenantId, ids)) as AgentDocument[];
  }

  async agents(tenantId: string, filter: { queueId?: string; status?: string }): Promise<AgentDocument[]> {
    const where: Condition[] = filter.status ? [{ field: 'status', eq: filter.status }] : [];
    const agents = (await this.store.list('agents', tenantId, where, [{ field: 'name', direction: 'asc' }])) as AgentDocument[];
    return filter.queueId ? agents.filter((agent) => agent.queueIds.includes(filter.queueId as string)) : agents;
  }

  async reason(tenantId: string, id: string): Promise<TransferReasonDocument | null> {
    return (await this.store.get('transfer-reasons', tenantId, id)) as TransferReasonDocument | null;
  }

  async reasons(tenantId: string, includeInactive: boolean): Promise<TransferReasonDocument[]> {
    const where: Condition[] = includeInactive ? [] : [{ field: 'active', eq: true }];
    return (await this.store.list('transfer-reasons', tenantId, where, [{ field: 'name', direction: 'asc' }])) as TransferReasonDocument[];
  }

  async queues(tenantId: string): Promise<QueueSummary[]> {
    const queues = (await this.store.list('queues', tenantId, [{ field: 'kind', eq: 'queue' }], [{ field: 'queueId', direction: 'asc' }])) as QueueDocument[];
    return Promise.all(queues.map((queue) => this.summarise(tenantId, queue)));
  }

  async queue(tenantId: string, queueId: string): Promise<QueueSummary | null> {
    const queue = (await this.store.get('queues', tenantId, queueDocumentId(queueId))) as QueueDocument | null;
    return queue ? this.summarise(tenantId, queue) : null;
  }

  transfers(tenantId: string, where: Condition[], first: number, after?: string): Promise<Page> {
    const query: FindQuery = { tenantId, where, orderBy: [{ field: 'sortPosition', direction: 'desc' }], first, after };
    return this.store.find('transfer-history', query);
  }

  async transfer(tenantId: string, id: string): Promise<TransferHistoryDocument | null> {
    return (await this.store.get('transfer-history', tenantId, id)) as TransferHistoryDocument | null;
  }

  async performanceBuckets(tenantId: string, fromHour: string, toHour: string, agentIds?: readonly string[]): Promise<PerformanceBucketDocument[]> {
    const where: Condition[] = [
      { field: 'kind', eq: 'bucket' },
      { field: 'hour', gte: fromHour },
      { field: 'hour', lt: toHour },
      ...(agentIds ? [{ field: 'agentId', in: [...agentIds] }] : []),
    ];
    return (await this.store.list('agent-performance', tenantId, where)) as PerformanceBucketDocument[];
  }

  private async summarise(tenantId: string, queue: QueueDocument): Promise<QueueSummary> {
    const oldest = await this.store.find('queues', {
      tenantId,
      where: [{ field: 'kind', eq: 'conversation' }, { field: 'queueId', eq: queue.queueId }, { field: 'status', eq: 'QUEUED' }],
      orderBy: [{ field: 'waitingSince', direction: 'asc' }],
      first: 1,
      withTotalCount: false,
    });
    const first = oldest.documents[0] as QueuedConversationDocument | undefined;
    return {
      queueId: queue.queueId,
      queued: queue.queued,
      assigned: queue.assigned,
      oldestWaitingSince: first?.waitingSince ?? null,
      agentsOnline: queue.agentsOnline,
    };
  }
}
