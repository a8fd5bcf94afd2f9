import { EventStore, Position, START } from '@handoff/event-store';
import { Collection } from '@handoff/read-store';
import { occurredAfter } from '../../as-of';
import { BoardCheckpointDocument, BoardCheckpointsDocument, checkpointPartIds } from './board-checkpoints.projection';
import { BoardState, foldBoard, isBoardEvent } from './board-state';

const READ_PAGE = 1000;

/** The latest checkpoint whose events all occurred at or before `at` (ISO, ms). */
export async function checkpointAtOrBefore(
  checkpoints: Collection<BoardCheckpointsDocument>, tenantId: string, at: string,
): Promise<BoardCheckpointDocument | null> {
  const justAfter = new Date(Date.parse(at) + 1).toISOString();
  const page = await checkpoints.find({
    tenantId,
    where: [{ field: 'kind', eq: 'checkpoint' }, { field: 'upTo', lt: justAfter }],
    orderBy: [{ field: 'upTo', direction: 'desc' }],
    first: 1,
    withTotalCount: false,
  });
  const [found] = page.documents;
  return found?.kind === 'checkpoint' ? found : null;
}

/**
 * The tenant's queue board at `at`: the log's board events up to the first one that occurred after `at` (the log's
 * order is the order the live board took them in), folded from the nearest checkpoint. Unreadable events are
 * passed by, as the live read model's projector dead-letters them.
 */
export async function boardAt(
  log: Pick<EventStore, 'readAll'>, checkpoints: Collection<BoardCheckpointsDocument>, tenantId: string, at: string,
): Promise<BoardState> {
  const checkpoint = await checkpointAtOrBefore(checkpoints, tenantId, at);
  const board = new BoardState(checkpoint?.documents ?? []);
  if (checkpoint && checkpoint.parts > 1) {
    for (const part of await checkpoints.getMany(tenantId, checkpointPartIds(checkpoint))) {
      if (part.kind === 'checkpoint-part') part.documents.forEach((document) => board.put(document));
    }
  }
  let from: Position = checkpoint ? BigInt(checkpoint.position) : START;
  for (;;) {
    const events = await log.readAll(from, READ_PAGE, { tenantId });
    for (const event of events) {
      // The filter narrows the read to the tenant's streams; a layer above the store may not pass it on.
      if (event.metadata.tenantId !== tenantId || !isBoardEvent(event) || event.unreadable) continue;
      if (occurredAfter(event, at)) return board;
      await foldBoard(board, event);
    }
    if (events.length < READ_PAGE) return board;
    from = events[events.length - 1].position;
  }
}
