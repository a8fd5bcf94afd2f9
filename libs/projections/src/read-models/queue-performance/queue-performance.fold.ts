import { ConversationEvent, QUEUE_DEFAULTS } from '@handoff/domain';

/**
 * The contract's QueuePerformance definitions as a pure fold over one conversation's events: what its current
 * wait is (in which queue, since when) and what each event adds to the hourly bucket of the queue it concerns.
 */
export interface WaitState {
  queueId: string;
  /** Start of the current wait (QUEUED or OFFERED); null when not waiting. */
  waitingSince: string | null;
}

export type QueueCounter = 'entered' | 'offers' | 'offersDeclined' | 'offersExpired' | 'waitBreaches';

/** What one event adds to its queue's bucket: a count, or a wait that ended (answered or abandoned). */
export type QueueEffect =
  | { queueId: string; count: QueueCounter }
  | { queueId: string; waitEnded: { seconds: number; answered: boolean; inTime: boolean } };

export const DEFAULT_SERVICE_LEVEL_SECONDS = QUEUE_DEFAULTS.serviceLevelSeconds;

function secondsBetween(fromIso: string, toIso: string): number {
  return Math.max(0, (Date.parse(toIso) - Date.parse(fromIso)) / 1000);
}

/**
 * `serviceLevelSeconds(queueId)` is the queue's setting as configured now (when this event ends a wait).
 * A declined, expired or withdrawn offer leaves the wait running: it is not a new entry.
 */
export function foldWait(
  state: WaitState | null,
  event: ConversationEvent,
  at: string,
  serviceLevelSeconds: (queueId: string) => number,
): { state: WaitState | null; effects: QueueEffect[] } {
  const endWait = (current: WaitState, answered: boolean): QueueEffect[] => {
    if (!current.waitingSince) return [];
    const seconds = secondsBetween(current.waitingSince, at);
    const inTime = answered && seconds <= serviceLevelSeconds(current.queueId);
    return [{ queueId: current.queueId, waitEnded: { seconds, answered, inTime } }];
  };
  const enter = (queueId: string) => ({ state: { queueId, waitingSince: at }, effects: [{ queueId, count: 'entered' } as QueueEffect] });
  switch (event.type) {
    case 'ConversationOpened':
      return enter(event.data.queueId);
    case 'ConversationUnassigned':
    case 'ConversationReturnedToQueue':
      return enter(event.data.queueId);
    case 'ConversationAssigned':
      if (!state) return { state, effects: [] };
      return { state: { ...state, waitingSince: null }, effects: endWait(state, true) };
    case 'ConversationClosed':
      if (!state) return { state, effects: [] };
      return { state: { ...state, waitingSince: null }, effects: endWait(state, false) };
    case 'ConversationOffered':
      return { state, effects: [{ queueId: event.data.queueId, count: 'offers' }] };
    case 'ConversationOfferDeclined':
      return { state, effects: [{ queueId: event.data.queueId, count: 'offersDeclined' }] };
    case 'ConversationOfferExpired':
      return { state, effects: [{ queueId: event.data.queueId, count: 'offersExpired' }] };
    case 'SlaBreached':
      return { state, effects: event.data.kind === 'QUEUE_WAIT' ? [{ queueId: event.data.queueId, count: 'waitBreaches' }] : [] };
    default:
      return { state, effects: [] };
  }
}
