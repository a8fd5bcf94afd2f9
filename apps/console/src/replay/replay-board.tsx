import { FrozenNow } from '../live/now';
import { QueueCards } from '../queues/queue-cards';
import { ErrorMessage, Loading } from '../ui/messages';
import { useBoardAt } from './use-board-at';

interface ReplayBoardProps {
  at: number;
  /** Highlighted as on the live board; no "show" button, since the lists below are live and hidden meanwhile. */
  selected?: string;
}

/** The queue cards as queueBoardAt shows them at `at`, wait times counted to that instant. */
export function ReplayBoard({ at, selected }: ReplayBoardProps) {
  const { board, error, loading } = useBoardAt(at);
  return (
    <div className="replay-board" aria-busy={loading} data-replay-at={board ? new Date(board.at).toISOString() : undefined}>
      <ErrorMessage error={error} />
      {board ? (
        <FrozenNow at={board.at}>
          <QueueCards queues={board.queues} routing={board.queues} selected={selected} />
        </FrozenNow>
      ) : (
        !error && <Loading />
      )}
    </div>
  );
}
