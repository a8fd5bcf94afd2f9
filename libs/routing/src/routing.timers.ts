import { TimerRequest } from '@handoff/process-managers';

/** Timer ids, one of each kind per conversation (re-arming replaces): unique per tenant as the runner needs. */
export const offerTimerId = (conversationId: string): string => `offer:${conversationId}`;
export const noReplyTimerId = (conversationId: string): string => `noreply:${conversationId}`;
export const waitTimerId = (conversationId: string): string => `wait:${conversationId}`;
export const retryTimerId = (conversationId: string): string => `retry:${conversationId}`;

/**
 * How long an offer asked for may go unseen in the log before routing gives up on it: the command path refused it
 * (the agent was at capacity or went away meanwhile) and the conversation is routed again.
 */
export const OFFER_RETRY_MS = 2000;

export const SECOND_MS = 1000;

export const after = (from: string | Date, ms: number): Date => new Date(new Date(from).getTime() + ms);

export const offerExpiry = (conversationId: string, agentId: string, offeredVersion: number, expiresAt: string): TimerRequest => ({
  id: offerTimerId(conversationId), dueAt: new Date(expiresAt), payload: { kind: 'offer', conversationId, agentId, offeredVersion },
});

export const noReply = (conversationId: string, agentId: string, assignedVersion: number, dueAt: Date): TimerRequest => ({
  id: noReplyTimerId(conversationId), dueAt, payload: { kind: 'noreply', conversationId, agentId, assignedVersion },
});

export const queueWait = (conversationId: string, waitVersion: number, dueAt: Date): TimerRequest => ({
  id: waitTimerId(conversationId), dueAt, payload: { kind: 'wait', conversationId, waitVersion },
});

export const offerRetry = (conversationId: string, agentId: string, dueAt: Date): TimerRequest => ({
  id: retryTimerId(conversationId), dueAt, payload: { kind: 'retry', conversationId, agentId },
});

/** The timers of an offer (asked for, or made). */
export const offerTimers = (conversationId: string): string[] => [offerTimerId(conversationId), retryTimerId(conversationId)];
/** Every timer of a conversation's wait: its offer's and the wait target's. */
export const waitTimers = (conversationId: string): string[] => [...offerTimers(conversationId), waitTimerId(conversationId)];
