import { ConversationEvent } from '@handoff/domain';
import { RoutingStep } from './routing.step';
import { settingsOf } from './routing.state';
import { after, noReply, noReplyTimerId, offerExpiry, offerTimers, queueWait, retryTimerId, SECOND_MS, waitTimers } from './routing.timers';

/** Where the event is in the log: its conversation stream's version and when it happened. */
export interface At {
  version: number;
  occurredAt: string;
}

/** A new wait begins (opened, unassigned, returned): the conversation waits, its wait timer runs, routing acts. */
function beginWait(step: RoutingStep, conversationId: string, at: At, passed: string[]): void {
  const info = step.conversation(conversationId);
  if (!info) return;
  step.removeWaiting(conversationId);
  step.queues.waiting.push({ conversationId, queueId: info.queueId, channel: info.channel, since: at.occurredAt, waitVersion: at.version, passed });
  step.touchQueues();
  step.cancel(...waitTimers(conversationId), noReplyTimerId(conversationId));
  const { maxWaitSeconds } = settingsOf(step.queues, info.queueId);
  if (maxWaitSeconds !== undefined) step.arm(queueWait(conversationId, at.version, after(at.occurredAt, maxWaitSeconds * SECOND_MS)));
  step.route();
}

/** The offer ended with the conversation still waiting (declined, expired, withdrawn). */
function offerEnded(step: RoutingStep, conversationId: string, agentId: string, passedOn: boolean): void {
  const waiting = step.waiting(conversationId);
  step.cancel(...offerTimers(conversationId));
  if (!waiting) return;
  delete waiting.offer;
  if (passedOn && !waiting.passed.includes(agentId)) waiting.passed.push(agentId);
  step.touchQueues();
  step.route();
}

/** Assigned or transferred to an agent: the no-reply timer runs from here when the queue returns unanswered ones. */
function assignedTo(step: RoutingStep, conversationId: string, agentId: string, at: At): void {
  step.removeWaiting(conversationId);
  step.cancel(...waitTimers(conversationId));
  const info = step.conversation(conversationId);
  const returnAfter = info ? settingsOf(step.queues, info.queueId).returnAfterSeconds : undefined;
  if (returnAfter === undefined) step.cancel(noReplyTimerId(conversationId));
  else step.arm(noReply(conversationId, agentId, at.version, after(at.occurredAt, returnAfter * SECOND_MS)));
}

export function onConversationEvent(step: RoutingStep, event: ConversationEvent, at: At): void {
  switch (event.type) {
    case 'ConversationOpened': {
      const { conversationId, queueId, channel } = event.data;
      step.keepConversation(conversationId, { queueId, channel });
      return beginWait(step, conversationId, at, []);
    }
    case 'ConversationOffered': {
      const { conversationId, agentId, expiresAt } = event.data;
      const waiting = step.waiting(conversationId);
      if (waiting) {
        waiting.offer = { agentId, version: at.version };
        step.touchQueues();
      }
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
      step.removeWaiting(event.data.conversationId);
      step.keepConversation(event.data.conversationId, null);
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
