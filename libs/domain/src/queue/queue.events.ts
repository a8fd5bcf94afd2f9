export type RoutingMode = 'MANUAL' | 'AUTO';

/** A queue's settings; a queue never configured behaves as QUEUE_DEFAULTS. */
export type QueueSettingsData = {
  queueId: string;
  name?: string;
  routing: RoutingMode;
  offerTimeoutSeconds: number;
  maxWaitSeconds?: number;
  returnAfterSeconds?: number;
  serviceLevelSeconds: number;
};

export const QUEUE_DEFAULTS = { routing: 'MANUAL', offerTimeoutSeconds: 30, serviceLevelSeconds: 60 } as const satisfies Partial<QueueSettingsData>;

export type QueueEvent = { type: 'QueueConfigured'; data: QueueSettingsData };

export type QueueEventType = QueueEvent['type'];
export const QUEUE_EVENT_TYPES: readonly QueueEventType[] = ['QueueConfigured'];
