import { RoutingMode } from '@handoff/domain';
import { Collection, Condition } from '@handoff/read-store';
import { isOfKind, queueDocumentId, QueueDocument, QueuesDocument } from './queues.projection';

export interface QueueSummary {
  queueId: string;
  queued: number;
  offered: number;
  assigned: number;
  oldestWaitingSince: string | null;
  agentsOnline: number;
  routing: RoutingMode;
  /** Waiting (QUEUED or OFFERED) longer than the queue's maxWaitSeconds at `now`; 0 without a target. */
  overdue: number;
}

/** An offered conversation still waits: both count for the oldest wait and for overdue. */
export const WAITING_STATUSES = ['QUEUED', 'OFFERED'] as const;

/** A wait that began before this instant is overdue at `now`; null when the queue has no wait target. */
export function overdueIfWaitingSinceBefore(queue: Pick<QueueDocument, 'maxWaitSeconds'>, now: Date): string | null {
  return queue.maxWaitSeconds === null ? null : new Date(now.getTime() - queue.maxWaitSeconds * 1000).toISOString();
}

/** What the board shows of a queue: its counts and settings, with the oldest wait and the overdue count worked out. */
export function toQueueSummary(queue: QueueDocument, oldestWaitingSince: string | null, overdue: number): QueueSummary {
  return {
    queueId: queue.queueId,
    queued: queue.queued,
    offered: queue.offered,
    assigned: queue.assigned,
    oldestWaitingSince,
    agentsOnline: queue.agentsOnline,
    routing: queue.routing,
    overdue,
  };
}

/** Every queue of the tenant, by id. */
export async function queueSummaries(queues: Collection<QueuesDocument>, tenantId: string, now: Date): Promise<QueueSummary[]> {
  const documents = await queues.list(tenantId, [{ field: 'kind', eq: 'queue' }], [{ field: 'queueId', direction: 'asc' }]);
  const listed = documents.filter((document) => isOfKind(document, 'queue'));
  return Promise.all(listed.map((queue) => summarise(queues, tenantId, queue, now)));
}

export async function queueSummary(queues: Collection<QueuesDocument>, tenantId: string, queueId: string, now: Date): Promise<QueueSummary | null> {
  const queue = await queues.get(tenantId, queueDocumentId(queueId));
  return queue && isOfKind(queue, 'queue') ? summarise(queues, tenantId, queue, now) : null;
}

const waitingIn = (queueId: string, status: string): Condition[] =>
  [{ field: 'kind', eq: 'conversation' }, { field: 'queueId', eq: queueId }, { field: 'status', eq: status }];

/** The oldest wait of one status: the first of the queue's conversations in it by waitingSince, an index seek. */
async function oldestOf(queues: Collection<QueuesDocument>, tenantId: string, queueId: string, status: string): Promise<string | null> {
  const oldest = await queues.find({
    tenantId, where: waitingIn(queueId, status), orderBy: [{ field: 'waitingSince', direction: 'asc' }], first: 1, withTotalCount: false,
  });
  const [first] = oldest.documents;
  return first && isOfKind(first, 'conversation') ? first.waitingSince : null;
}

/** Conversations of one status waiting since before `since`: a count over the (kind, queueId, status, waitingSince) index. */
async function waitingSinceBefore(queues: Collection<QueuesDocument>, tenantId: string, queueId: string, status: string, since: string): Promise<number> {
  const page = await queues.find({
    tenantId, where: [...waitingIn(queueId, status), { field: 'waitingSince', lt: since }], orderBy: [{ field: 'waitingSince', direction: 'asc' }], first: 1,
  });
  return page.totalCount;
}

/** Overdue is a matter of time, not of events: counted when asked, from the target the queue has now. */
async function overdue(queues: Collection<QueuesDocument>, queue: QueueDocument, now: Date): Promise<number> {
  const since = overdueIfWaitingSinceBefore(queue, now);
  if (since === null) return 0;
  const counts = await Promise.all(WAITING_STATUSES.map((status) => waitingSinceBefore(queues, queue.tenantId, queue.queueId, status, since)));
  return counts.reduce((sum, count) => sum + count, 0);
}

async function summarise(queues: Collection<QueuesDocument>, tenantId: string, queue: QueueDocument, now: Date): Promise<QueueSummary> {
  const [oldest, late] = await Promise.all([
    Promise.all(WAITING_STATUSES.map((status) => oldestOf(queues, tenantId, queue.queueId, status))),
    overdue(queues, queue, now),
  ]);
  const waits = oldest.filter((since): since is string => since !== null).sort();
  return toQueueSummary(queue, waits[0] ?? null, late);
}
