import { RecordedEvent } from '@handoff/event-store';
import { DocumentAccess } from '../../projection';
import { isOfKind, QueueDocument, queuesProjection, QueuesDocument } from '../queues/queues.projection';
import { overdueIfWaitingSinceBefore, QueueSummary, toQueueSummary, WAITING_STATUSES } from '../queues/queues.queries';

/**
 * One tenant's queue board held in memory: the documents the queues projection keeps, by id. It is folded with
 * the queues projection's own `apply` and summed up with the live board's own summary, so that the board at an
 * instant and the live board cannot come to mean different things.
 */
export class BoardState implements DocumentAccess<QueuesDocument> {
  private readonly documents: Map<string, QueuesDocument>;

  constructor(documents: readonly QueuesDocument[] = []) {
    this.documents = new Map(documents.map((document) => [document.id, document]));
  }

  // The queues projection never changes a document it read (it puts a new one), so none is copied here.
  async get(_tenantId: string, id: string): Promise<QueuesDocument | null> {
    return this.documents.get(id) ?? null;
  }

  put(document: QueuesDocument): void {
    this.documents.set(document.id, document);
  }

  delete(_tenantId: string, id: string): void {
    this.documents.delete(id);
  }

  get size(): number {
    return this.documents.size;
  }

  all(): QueuesDocument[] {
    return [...this.documents.values()];
  }
}

/** The events the board is made of: the queues projection's. */
export const isBoardEvent = (event: Pick<RecordedEvent, 'type'>): boolean => queuesProjection.eventTypes.has(event.type);

/** The board after one more event, exactly as the live queues read model takes it. */
export function foldBoard(board: BoardState, event: RecordedEvent): Promise<void> {
  return queuesProjection.apply(event, board);
}

/** The board's queues as the live `queues` query shows them (by queue id), with overdue measured at `now`. */
export function boardSummaries(board: BoardState, now: Date, queueIds?: readonly string[]): QueueSummary[] {
  const documents = board.all();
  const wanted = queueIds ? new Set(queueIds) : null;
  const queues = documents
    .filter((document): document is QueueDocument => isOfKind(document, 'queue') && (!wanted || wanted.has(document.queueId)))
    .sort((a, b) => (a.queueId < b.queueId ? -1 : a.queueId > b.queueId ? 1 : 0));
  const overdueSince = new Map(queues.map((queue) => [queue.queueId, overdueIfWaitingSinceBefore(queue, now)]));
  const oldest = new Map<string, string>();
  const overdue = new Map<string, number>();
  for (const document of documents) {
    if (!isOfKind(document, 'conversation') || !overdueSince.has(document.queueId)) continue;
    const { queueId, status, waitingSince } = document;
    if (!(WAITING_STATUSES as readonly string[]).includes(status) || waitingSince === null) continue;
    const current = oldest.get(queueId);
    if (current === undefined || waitingSince < current) oldest.set(queueId, waitingSince);
    const since = overdueSince.get(queueId);
    if (since && waitingSince < since) overdue.set(queueId, (overdue.get(queueId) ?? 0) + 1);
  }
  return queues.map((queue) => toQueueSummary(queue, oldest.get(queue.queueId) ?? null, overdue.get(queue.queueId) ?? 0));
}
