import { useCallback, useEffect, useRef, useState } from 'react';
import { QUEUE_BOARD_AT } from '../api/analytics-operations';
import type { QueueBoardAtQuery } from '../gql/graphql';
import { useApi } from '../auth/session-context';

export type ReplayedQueue = QueueBoardAtQuery['queueBoardAt'][number];

export interface BoardAt {
  at: number;
  queues: ReplayedQueue[];
}

/**
 * queueBoardAt for the instant the slider points at. One read at a time: while a read runs, the slider may move
 * many times (a drag, play at 60×); when it ends, one more read fetches the latest instant, never the ones between.
 */
export function useBoardAt(at: number): { board: BoardAt | null; error: unknown; loading: boolean } {
  const { request } = useApi();
  const [board, setBoard] = useState<BoardAt | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const wanted = useRef(at);
  wanted.current = at;
  const reading = useRef(false);

  const readLatest = useCallback(async () => {
    if (reading.current) return;
    reading.current = true;
    setLoading(true);
    try {
      for (let target = wanted.current; ; target = wanted.current) {
        const data = await request(QUEUE_BOARD_AT, { at: new Date(target).toISOString() });
        setBoard({ at: target, queues: [...data.queueBoardAt].sort((a, b) => a.queueId.localeCompare(b.queueId)) });
        setError(null);
        if (wanted.current === target) break;
      }
    } catch (failure) {
      setError(failure);
    } finally {
      reading.current = false;
      setLoading(false);
    }
  }, [request]);

  useEffect(() => void readLatest(), [at, readLatest]);
  return { board, error, loading };
}
