import { QUEUE_DEFAULTS, QueueEvent, QueueSettingsData } from './queue.events';

/** A queue's settings as configured; null until it is. */
export type Queue = QueueSettingsData | null;

export const initialQueue: Queue = null;

export function evolve(_state: Queue, event: QueueEvent): Queue {
  return event.data;
}

/** What a queue does: its settings, or QUEUE_DEFAULTS (MANUAL) for a queue never configured. */
export function queueSettingsOf(queueId: string, state: Queue): QueueSettingsData {
  return state ?? { queueId, ...QUEUE_DEFAULTS };
}
