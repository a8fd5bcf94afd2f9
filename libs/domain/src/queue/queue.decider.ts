import { Actor } from '../shared/actor';
import { Decider } from '../shared/decider';
import { authorize } from '../shared/role-matrix';
import { QUEUE_DEFAULTS, QUEUE_EVENT_TYPES, QueueEvent, QueueSettingsData, RoutingMode } from './queue.events';
import { evolve, initialQueue, Queue } from './queue.state';

/** Omitted timeouts take QUEUE_DEFAULTS; omitted limits mean none: configuring replaces every setting. */
export interface ConfigureQueue {
  type: 'ConfigureQueue';
  actor: Actor;
  queueId: string;
  name?: string;
  routing: RoutingMode;
  offerTimeoutSeconds?: number;
  maxWaitSeconds?: number;
  returnAfterSeconds?: number;
  serviceLevelSeconds?: number;
}

export type QueueCommand = ConfigureQueue;

export function settingsOf(command: ConfigureQueue): QueueSettingsData {
  const { queueId, name, routing, maxWaitSeconds, returnAfterSeconds } = command;
  return {
    queueId,
    ...(name !== undefined ? { name } : {}),
    routing,
    offerTimeoutSeconds: command.offerTimeoutSeconds ?? QUEUE_DEFAULTS.offerTimeoutSeconds,
    ...(maxWaitSeconds !== undefined ? { maxWaitSeconds } : {}),
    ...(returnAfterSeconds !== undefined ? { returnAfterSeconds } : {}),
    serviceLevelSeconds: command.serviceLevelSeconds ?? QUEUE_DEFAULTS.serviceLevelSeconds,
  };
}

const SETTINGS_FIELDS = ['name', 'routing', 'offerTimeoutSeconds', 'maxWaitSeconds', 'returnAfterSeconds', 'serviceLevelSeconds'] as const;

const sameSettings = (a: QueueSettingsData, b: QueueSettingsData): boolean => SETTINGS_FIELDS.every((field) => a[field] === b[field]);

/** Configuring the settings the queue already has is a no-op: no events. */
export function decide(command: QueueCommand, state: Queue): QueueEvent[] {
  authorize(command.actor, 'configureQueue');
  const settings = settingsOf(command);
  if (state && sameSettings(state, settings)) return [];
  return [{ type: 'QueueConfigured', data: settings }];
}

export const queueDecider: Decider<QueueCommand, QueueEvent, Queue> = {
  decide, evolve, initialState: initialQueue, eventTypes: QUEUE_EVENT_TYPES,
};
