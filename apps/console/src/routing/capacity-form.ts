import { FieldError, wholeNumber } from './form-rules';
import { AgentLoad, SetAgentCapacityInput } from './types';

/** The contract's limits (SetAgentCapacityInput). */
export const CAPACITY_LIMITS = { max: [0, 100], channelMax: [0, 100], channels: 20 } as const;

export interface CapacityValues {
  maxConversations: string;
  channelLimits: Array<{ channel: string; max: string }>;
}

export interface CapacityErrors {
  maxConversations?: FieldError;
  channelLimits?: FieldError;
  /** By row: the channel's name or its limit. */
  rows: Array<{ channel?: FieldError; max?: FieldError }>;
}

export function capacityValuesOf(agent: AgentLoad): CapacityValues {
  return {
    maxConversations: agent.maxConversations === null ? '' : String(agent.maxConversations),
    channelLimits: agent.channelLimits.map((limit) => ({ channel: limit.channel, max: String(limit.max) })),
  };
}

const hasErrors = (errors: CapacityErrors) =>
  !!errors.maxConversations || !!errors.channelLimits || errors.rows.some((row) => row.channel || row.max);

/** The setAgentCapacity input, or the errors; an empty total means no limit, and every channel row needs both fields. */
export function validateCapacity(agentId: string, values: CapacityValues): { input: SetAgentCapacityInput | null; errors: CapacityErrors } {
  const total = wholeNumber(values.maxConversations, ...CAPACITY_LIMITS.max);
  const errors: CapacityErrors = { maxConversations: total.error, rows: [] };
  if (values.channelLimits.length > CAPACITY_LIMITS.channels) errors.channelLimits = { key: 'errTooManyChannels', params: { max: CAPACITY_LIMITS.channels } };
  const seen = new Set<string>();
  const limits = values.channelLimits.map((row) => {
    const channel = row.channel.trim();
    const max = wholeNumber(row.max, ...CAPACITY_LIMITS.channelMax);
    const rowErrors: CapacityErrors['rows'][number] = {};
    if (!channel) rowErrors.channel = { key: 'errRequired' };
    else if (seen.has(channel)) rowErrors.channel = { key: 'errChannelDuplicate' };
    seen.add(channel);
    rowErrors.max = max.error ?? (max.value === null ? { key: 'errRequired' } : undefined);
    errors.rows.push(rowErrors);
    return { channel, max: max.value ?? 0 };
  });
  if (hasErrors(errors)) return { input: null, errors };
  return { input: { agentId, maxConversations: total.value, channelLimits: limits }, errors };
}
