import { ConversationEvent } from '@handoff/domain';
import { conversationKey, queueKey, settingsOf, Waiting } from './routing.state';
import { RoutingStep } from './routing.step';
import { after, noReply, noReplyTimerId, offerExpiry, offerTimers, queueWait, retryTimerId, SECOND_MS, waitTimers } from './routing.timers';
import { addWaiting, editWaiting, removeWaiting, waitingOf } from './routing.waiting-list';

/** Where the event is in the log: its conversation stream's version and when it happened. */
export interface At {
  version: number;
  occurredAt: string;
}

/**
 * The agent an offer was asked of or made to no longer has it: its slot is free for routing at once (a conversation
 * closed or assigned while its offer was only asked for frees one the log never showed taken).
 */
export function dropOffer(step: RoutingStep, waiting: Waiting): void {
  if (!waiting.offer) return;
  const agent = step.editAgent(waiting.offer.agentId);
  if (agent) delete agent.offers[waiting.conversationId];
  step.routeAgent(waiting.offer.agentId);
}

/** Takes the conversation off its waiting list, with its offer. */
function stopWaiting(step: RoutingStep, conversationId: string): void {
  const waiting = removeWaiting(step, conversationId);
  if (waiting) dropOffer(step, waiting);
}

/** A new wait begins (opened, unassigned, returned): the conversation waits, its wait timer runs, routing acts. */
function beginWait(step: RoutingStep, conversationId: string, at: At, passed: string[]): void {
  const info = step.conversation(conversationId);
  if (!info) return;
  step.need(queueKey(info.queueId));
  stopWaiting(step, conversationId);
  addWaiting(step, { conversationId, queueId: info.queueId, channel: info.channel, since: at.occurredAt, waitVersion: at.version, passed });
  step.cancel(...waitTimers(conversationId), noReplyTimerId(conversationId));
  const { maxWaitSeconds } = settingsOf(step.queue(info.queueId));
  if (maxWaitSeconds !== undefined) step.arm(queueWait(conversationId, at.version, after(at.occurredAt, maxWaitSeconds * SECOND_MS)));
  step.routeConversation(conversationId);
}

/** The offer ended with the conversation still waiting (declined, expired, withdrawn). */
function offerEnded(step: RoutingStep, conversationId: string, agentId: string, passedOn: boolean): void {
  step.cancel(...offerTimers(conversationId));
  if (!waitingOf(step, conversationId)) return;
  const waiting = editWaiting(step, conversationId)!;
  dropOffer(step, waiting);
  delete waiting.offer;
  if (passedOn && !waiting.passed.includes(agentId)) waiting.passed.push(agentId);
  step.routeConversation(conversationId);
}

/** Assigned or transferred to an agent: the no-reply timer runs from here when the queue returns unanswered ones. */
function assignedTo(step: RoutingStep, conversationId: string, agentId: string, at: At): void {
  stopWaiting(step, conversationId);
  step.cancel(...waitTimers(conversationId));
  const info = step.conversation(conversationId);
  const returnAfter = info ? settingsOf(step.queue(info.queueId)).returnAfterSeconds : undefined;
  if (returnAfter === undefined) step.cancel(noReplyTimerId(conversationId));
  else step.arm(noReply(conversationId, agentId, at.version, after(at.occurredAt, returnAfter * SECOND_MS)));
}

/** The offer the log shows: the conversation's, and the agent's it was made to (instead of any asked of another). */
function offered(step: RoutingStep, conversationId: string, agentId: string, version: number): void {
  if (!waitingOf(step, conversationId)) return;
  const waiting = editWaiting(step, conversationId)!;
  if (waiting.offer?.agentId !== agentId) {
    dropOffer(step, waiting);
    const agent = step.editAgent(agentId);
    if (agent) agent.offers[conversationId] = waiting.channel;
  }
  waiting.offer = { agentId, version };
}

export function onConversationEvent(step: RoutingStep, event: ConversationEvent, at: At): void {
  switch (event.type) {
    case 'ConversationOpened': {
      const { conversationId, queueId, channel } = event.data;
      step.put(conversationKey(conversationId), { queueId, channel });
      return beginWait(step, conversationId, at, []);
    }
    case 'ConversationOffered': {
      const { conversationId, agentId, expiresAt } = event.data;
      offered(step, conversationId, agentId, at.version);
      step.cancel(retryTimerId(conversationId));
      return step.arm(offerExpiry(conversationId, agentId, at.version, expiresAt));
    }
    case 'ConversationOfferDeclined':
    case 'ConversationOfferExpired':
      return offerEnded(step, event.data.conversationId, event.data.agentId, true);
    case 'ConversationOfferWithdrawn':
      // Withdrawn because a supervisor assigns it: the assignment follows in the same append, nothing to route.
      if (event.data.cause === 'ASSIGNED') return step.cancel(...offerTimers(event.data.conversationId));
      return offerEnded(step, event.data.conversationId, event.data.agentId, false);
    case 'ConversationAssigned':
      return assignedTo(step, event.data.conversationId, event.data.agentId, at);
    case 'ConversationTransferred':
      return assignedTo(step, event.data.conversationId, event.data.toAgentId, at);
    case 'ConversationUnassigned':
      return beginWait(step, event.data.conversationId, at, []);
    case 'ConversationReturnedToQueue':
      // Offered to someone else first: the agent who did not reply counts as having passed on it.
      return beginWait(step, event.data.conversationId, at, [event.data.agentId]);
    case 'ConversationActivityRecorded':
      if (event.data.kind === 'AGENT_REPLIED') step.cancel(noReplyTimerId(event.data.conversationId));
      return;
    case 'ConversationClosed':
      stopWaiting(step, event.data.conversationId);
      step.put(conversationKey(event.data.conversationId), null);
      step.cancel(...waitTimers(event.data.conversationId), noReplyTimerId(event.data.conversationId));
      // A closed conversation leaves its agent's capacity with the release that comes with it.
      return;
    case 'SlaBreached':
    case 'ConversationPersonalDataErased':
      return;
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
