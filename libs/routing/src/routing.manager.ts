import { AGENT_EVENT_TYPES, CONVERSATION_EVENT_TYPES, decodeEvent, isEventOf, AgentEvent, ConversationEvent, QUEUE_EVENT_TYPES, QueueEvent } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { PmState, ProcessManager, Reaction, Timer } from '@handoff/process-managers';
import { onAgentEvent, onQueueEvent } from './routing.agent-events';
import { dropOffer, onConversationEvent } from './routing.conversation-events';
import { agentKey, conversationKey, queueKey } from './routing.state';
import { NeedKeys, RoutingStep } from './routing.step';
import { editWaiting, waitingOf } from './routing.waiting-list';

export const ROUTING_MANAGER = 'routing';

/** The documents an event names: its conversation's (and queue's), its agent's or its queue's; the rest are asked for. */
function keysOf(event: RecordedEvent): string[] {
  const { conversationId, agentId, toAgentId, queueId } = event.data;
  const keys: string[] = [];
  if (typeof conversationId === 'string' && CONVERSATION_EVENT_TYPES.includes(event.type as never)) keys.push(conversationKey(conversationId));
  for (const id of [agentId, toAgentId]) if (typeof id === 'string') keys.push(agentKey(id));
  if (typeof queueId === 'string') keys.push(queueKey(queueId));
  return keys;
}

/** Runs one reaction; one that reads a document it was not given asks for it instead (see `Reaction.needs`). */
function settled(decide: () => Reaction): Reaction {
  try {
    return decide();
  } catch (error) {
    if (error instanceof NeedKeys) return { needs: error.keys };
    throw error;
  }
}

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
      const conversationId = String(payload.conversationId);
      const found = waitingOf(step, conversationId);
      if (!found || found.offer?.version !== undefined || found.offer?.agentId !== payload.agentId) return;
      const waiting = editWaiting(step, conversationId)!;
      dropOffer(step, waiting);
      delete waiting.offer;
      if (!waiting.passed.includes(String(payload.agentId))) waiting.passed.push(String(payload.agentId));
      return step.routeConversation(conversationId);
    }
  }
}

/**
 * AUTO routing and the routing timers (DESIGN.md "Routing"), as one process manager over the whole log: it must
 * know every queue's settings, every agent and every waiting conversation, so a first start reads from the beginning.
 * Its state is kept per queue, per agent, per conversation and per page of a waiting list (routing.state.ts).
 */
export const routingManager: ProcessManager = {
  name: ROUTING_MANAGER,
  // 2: state per queue, agent and page of a waiting list (1 kept one document of all queues and one of all agents).
  version: 2,
  // Version 1's `queues` and `agents` documents are not read: the state is rebuilt from the log (the runner drops it).
  stateReadableSince: 2,
  eventTypes: [...CONVERSATION_EVENT_TYPES, ...AGENT_EVENT_TYPES, ...QUEUE_EVENT_TYPES],
  firstStart: 'beginning',
  keys: keysOf,
  react(state: PmState, recorded: RecordedEvent, now: Date): Reaction {
    return settled(() => {
      const step = new RoutingStep(state, now);
      const event = decodeEvent(recorded);
      const occurredAt = recorded.metadata.occurredAt;
      if (isEventOf<ConversationEvent>(event, CONVERSATION_EVENT_TYPES)) onConversationEvent(step, event, { version: recorded.streamVersion, occurredAt });
      else if (isEventOf<AgentEvent>(event, AGENT_EVENT_TYPES)) onAgentEvent(step, event, occurredAt);
      else if (isEventOf<QueueEvent>(event, QUEUE_EVENT_TYPES)) onQueueEvent(step, event);
      return step.reaction();
    });
  },
  onTimer(state: PmState, timer: Timer, now: Date): Reaction {
    return settled(() => {
      const step = new RoutingStep(state, now);
      timerCommand(step, timer);
      return step.reaction();
    });
  },
};
