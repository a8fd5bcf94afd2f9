import { AgentEvent, QueueEvent } from '@handoff/domain';
import { agentKey, AgentEntry, byWait, conversationKey, isAvailable, queueKey } from './routing.state';
import { RoutingStep } from './routing.step';
import { after, offerTimers, queueWait, SECOND_MS, waitTimerId } from './routing.timers';
import { editWaiting, waitingOf, walkWaiting } from './routing.waiting-list';

/** Keeps the lists of available agents of the queues the agent was and is in as it is now. */
function listAvailability(step: RoutingStep, agentId: string, before: AgentEntry | null, now: AgentEntry): void {
  const was = isAvailable(before) ? before!.queueIds : [];
  const is = isAvailable(now) ? now.queueIds : [];
  step.need(...[...was, ...is].map(queueKey));
  for (const queueId of was.filter((id) => !is.includes(id))) {
    const queue = step.editQueue(queueId);
    queue.available = queue.available.filter((id) => id !== agentId);
  }
  for (const queueId of is.filter((id) => !was.includes(id))) step.editQueue(queueId).available.push(agentId);
}

/** An agent who can no longer take offers (OFFLINE, AWAY, deactivated): its offers are withdrawn, those asked for dropped. */
function unavailable(step: RoutingStep, agentId: string, agent: AgentEntry): void {
  step.need(...Object.keys(agent.offers).map(conversationKey));
  const offered = Object.keys(agent.offers).map((id) => waitingOf(step, id)).filter((w) => w?.offer?.agentId === agentId);
  for (const waiting of offered.sort((a, b) => byWait(a!, b!))) {
    const { conversationId } = waiting!;
    if (waiting!.offer!.version !== undefined) {
      step.send('WithdrawOffer', { conversationId, agentId });
    } else {
      // Asked for but not in the log yet: the command path will refuse it (the agent is not ONLINE); route anew.
      delete editWaiting(step, conversationId)!.offer;
      delete agent.offers[conversationId];
      step.cancel(...offerTimers(conversationId));
      step.routeConversation(conversationId);
    }
  }
}

/** Applies a change to a known agent, keeping the queues' lists of available agents; whether it is available after. */
function changeAgent(step: RoutingStep, agentId: string, change: (agent: AgentEntry) => void): AgentEntry | null {
  const before = step.agent(agentId);
  const agent = step.editAgent(agentId);
  if (!agent || !before) return null;
  change(agent);
  listAvailability(step, agentId, before, agent);
  return agent;
}

export function onAgentEvent(step: RoutingStep, event: AgentEvent, occurredAt: string): void {
  const { agentId } = event.data;
  switch (event.type) {
    case 'AgentRegistered': {
      const known = step.agent(agentId);
      const agent: AgentEntry = known
        ? { ...structuredClone(known), queueIds: event.data.queueIds, active: true }
        : { status: 'OFFLINE', active: true, queueIds: event.data.queueIds, maxConversations: null, channelLimits: [], holdings: {}, offers: {}, idleSince: occurredAt };
      listAvailability(step, agentId, known, agent);
      step.put(agentKey(agentId), agent);
      return step.routeAgent(agentId);
    }
    case 'AgentStatusChanged': {
      const agent = changeAgent(step, agentId, (changed) => (changed.status = event.data.status));
      if (event.data.status === 'ONLINE') return step.routeAgent(agentId);
      if (agent) unavailable(step, agentId, agent);
      return;
    }
    case 'AgentDeactivated': {
      const agent = changeAgent(step, agentId, (changed) => Object.assign(changed, { active: false, status: 'OFFLINE' }));
      if (agent) unavailable(step, agentId, agent);
      return;
    }
    case 'AgentCapacitySet':
      changeAgent(step, agentId, (agent) => Object.assign(agent, { maxConversations: event.data.maxConversations, channelLimits: event.data.channelLimits }));
      return step.routeAgent(agentId);
    case 'AgentConversationTaken':
      changeAgent(step, agentId, (agent) => {
        agent.holdings[event.data.conversationId] = event.data.channel;
        agent.idleSince = null;
      });
      return;
    case 'AgentConversationReleased': {
      // Conversations assigned before capacity was recorded were never taken: their release changes nothing.
      if (!(event.data.conversationId in (step.agent(agentId)?.holdings ?? {}))) return;
      changeAgent(step, agentId, (held) => {
        delete held.holdings[event.data.conversationId];
        if (Object.keys(held.holdings).length === 0) held.idleSince = occurredAt;
      });
      return step.routeAgent(agentId);
    }
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** New settings: the wait targets of the queue's waiting conversations follow them; a queue now AUTO is routed. */
export function onQueueEvent(step: RoutingStep, event: QueueEvent): void {
  const { queueId, routing, offerTimeoutSeconds } = event.data;
  // Stored without a limit as absent (a null from the input means none, as an absent one).
  const maxWaitSeconds = event.data.maxWaitSeconds ?? undefined;
  const returnAfterSeconds = event.data.returnAfterSeconds ?? undefined;
  const before = step.queue(queueId)?.settings;
  if (before?.maxWaitSeconds !== maxWaitSeconds) {
    for (const waiting of walkWaiting(step, queueId)) {
      if (maxWaitSeconds === undefined) step.cancel(waitTimerId(waiting.conversationId));
      else step.arm(queueWait(waiting.conversationId, waiting.waitVersion, after(waiting.since, maxWaitSeconds * SECOND_MS)));
    }
  }
  step.editQueue(queueId).settings = { routing, offerTimeoutSeconds, maxWaitSeconds, returnAfterSeconds };
  // Already AUTO, nothing waits there that an agent is eligible for: only a queue now AUTO has anything to route.
  if (routing === 'AUTO' && before?.routing !== 'AUTO') step.routeQueue(queueId);
}
