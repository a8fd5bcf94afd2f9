import { AGENT_EVENT_TYPES, CONVERSATION_EVENT_TYPES, decodeEvent, isEventOf, AgentEvent, ConversationEvent, QUEUE_EVENT_TYPES, QueueEvent } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { PmState, ProcessManager, Reaction, Timer } from '@handoff/process-managers';
import { onAgentEvent, onQueueEvent } from './routing.agent-events';
import { onConversationEvent } from './routing.conversation-events';
import { AGENTS_KEY, conversationKey, QUEUES_KEY } from './routing.state';
import { RoutingStep } from './routing.step';

export const ROUTING_MANAGER = 'routing';

const TENANT_KEYS = [QUEUES_KEY, AGENTS_KEY] as const;

/** What a timer asks for when it fires: the command that acts on it (refused by the command path when stale). */
function timerCommand(step: RoutingStep, timer: Timer): void {
  const { kind, ...payload } = timer.payload;
  switch (kind) {
    case 'offer':
      return step.send('ExpireOffer', payload);
    case 'noreply':
      return step.send('ReturnConversationToQueue', payload);
    case 'wait':
      return step.send('RecordQueueWaitBreach', payload);
    case 'retry': {
      // The offer asked for never reached the log (refused): that agent counts as having passed; route again.
      const waiting = step.waiting(String(payload.conversationId));
      if (!waiting || waiting.offer?.version !== undefined || waiting.offer?.agentId !== payload.agentId) return;
      delete waiting.offer;
      if (!waiting.passed.includes(String(payload.agentId))) waiting.passed.push(String(payload.agentId));
      step.touchQueues();
      return step.route();
    }
  }
}

/**
 * AUTO routing and the routing timers (DESIGN.md "Routing"), as one process manager over the whole log: it must
 * know every queue's settings, every agent and every waiting conversation, so a first start reads from the beginning.
 */
export const routingManager: ProcessManager = {
  name: ROUTING_MANAGER,
  version: 1,
  eventTypes: [...CONVERSATION_EVENT_TYPES, ...AGENT_EVENT_TYPES, ...QUEUE_EVENT_TYPES],
  firstStart: 'beginning',
  keys(event: RecordedEvent) {
    const conversationId = event.data.conversationId;
    return typeof conversationId === 'string' && CONVERSATION_EVENT_TYPES.includes(event.type as never)
      ? [...TENANT_KEYS, conversationKey(conversationId)]
      : TENANT_KEYS;
  },
  react(state: PmState, recorded: RecordedEvent, now: Date): Reaction {
    const step = new RoutingStep(state, now);
    const event = decodeEvent(recorded);
    const occurredAt = recorded.metadata.occurredAt;
    if (isEventOf<ConversationEvent>(event, CONVERSATION_EVENT_TYPES)) onConversationEvent(step, event, { version: recorded.streamVersion, occurredAt });
    else if (isEventOf<AgentEvent>(event, AGENT_EVENT_TYPES)) onAgentEvent(step, event, occurredAt);
    else if (isEventOf<QueueEvent>(event, QUEUE_EVENT_TYPES)) onQueueEvent(step, event);
    return step.reaction();
  },
  onTimer(state: PmState, timer: Timer, now: Date): Reaction {
    const step = new RoutingStep(state, now);
    timerCommand(step, timer);
    return step.reaction();
  },
};
