import { ChannelLimit } from '../agent/agent.events';
import { ActivityKind } from '../conversation/conversation.events';
import { RoutingMode } from '../queue/queue.events';
import { BadInput } from './errors';
import { checkChannel } from './input-limits';

/** DESIGN.md's input limits of routing: queue settings and capacity. */
export const ROUTING_LIMITS = {
  offerTimeoutSeconds: 3600,
  /** maxWaitSeconds, returnAfterSeconds, serviceLevelSeconds: a week. */
  targetSeconds: 604_800,
  maxConversations: 100,
  channelLimits: 20,
  channelMax: 100,
} as const;

const ROUTING_MODES: readonly RoutingMode[] = ['MANUAL', 'AUTO'];
const ACTIVITY_KINDS: readonly ActivityKind[] = ['AGENT_REPLIED', 'CONTACT_MESSAGED'];

function checkIntegerIn(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new BadInput(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** An optional whole number in [min, max]: undefined when absent (null or omitted). */
export function checkOptionalIntegerIn(field: string, value: unknown, min: number, max: number): number | undefined {
  return value === undefined || value === null ? undefined : checkIntegerIn(field, value, min, max);
}

export function checkRoutingMode(field: string, value: unknown): RoutingMode {
  if (!ROUTING_MODES.includes(value as RoutingMode)) throw new BadInput(field, 'is not a routing mode');
  return value as RoutingMode;
}

export function checkActivityKind(field: string, value: unknown): ActivityKind {
  if (!ACTIVITY_KINDS.includes(value as ActivityKind)) throw new BadInput(field, 'is not an activity kind');
  return value as ActivityKind;
}

/** 0–100, or null for no limit. */
export function checkMaxConversations(field: string, value: unknown): number | null {
  return checkOptionalIntegerIn(field, value, 0, ROUTING_LIMITS.maxConversations) ?? null;
}

/** At most 20, channels distinct, each max 0–100; omitted: none. */
export function checkChannelLimits(field: string, value: unknown): ChannelLimit[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new BadInput(field, 'must be a list');
  if (value.length > ROUTING_LIMITS.channelLimits) throw new BadInput(field, `has more than ${ROUTING_LIMITS.channelLimits} limits`);
  const limits = value.map((limit: { channel?: unknown; max?: unknown } | null, index) => ({
    channel: checkChannel(`${field}.${index}.channel`, limit?.channel),
    max: checkIntegerIn(`${field}.${index}.max`, limit?.max, 0, ROUTING_LIMITS.channelMax),
  }));
  limits.forEach(({ channel }, index) => {
    if (limits.findIndex((other) => other.channel === channel) !== index) throw new BadInput(`${field}.${index}.channel`, 'is named twice');
  });
  return limits;
}

/** A stream version a timer names: a whole number, 1 or more. */
export function checkStreamVersion(field: string, value: unknown): number {
  return checkIntegerIn(field, value, 1, Number.MAX_SAFE_INTEGER);
}

/** An instant with a time zone (ISO 8601), as handoff's own commands carry them; answered in UTC. */
export function checkInstant(field: string, value: unknown): string {
  const withZone = /(Z|[+-]\d{2}:\d{2})$/;
  if (typeof value !== 'string' || !withZone.test(value) || Number.isNaN(Date.parse(value))) throw new BadInput(field, 'must be an ISO 8601 instant with a time zone');
  return new Date(value).toISOString();
}
