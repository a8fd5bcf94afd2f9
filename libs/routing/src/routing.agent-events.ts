import { AgentEvent, QueueEvent } from '@handoff/domain';
import { RoutingStep } from './routing.step';
import { AgentEntry } from './routing.state';
import { after, offerTimers, queueWait, SECOND_MS, waitTimerId } from './routing.timers';

/** An agent who can no longer take offers (OFFLINE, AWAY, deactivated): its offers are withdrawn, those asked for dropped. */
function unavailable(step: RoutingStep, agentId: string): void {
  for (const waiting of step.queues.waiting) {
    if (waiting.offer?.agentId !== agentId) continue;
    if (waiting.offer.version !== undefined) {
      step.send('WithdrawOffer', { conversationId: waiting.conversationId, agentId });
    } else {
      // Asked for but not in the log yet: the command path will refuse it (the agent is not ONLINE); route anew.
      delete waiting.offer;
      step.cancel(...offerTimers(waiting.conversationId));
      step.touchQueues();
      step.route();
    }
  }
}

function updateAgent(step: RoutingStep, agentId: string, change: (agent: AgentEntry) => void): AgentEntry | undefined {
  const agent = step.agents.agents[agentId];
  if (!agent) return undefined;
  change(agent);
  step.touchAgents();
  return agent;
}

export function onAgentEvent(step: RoutingStep, event: AgentEvent, occurredAt: string): void {
  const { agentId } = event.data;
  switch (event.type) {
    case 'AgentRegistered': {
      const known = step.agents.agents[agentId];
      step.agents.agents[agentId] = known
        ? { ...known, queueIds: event.data.queueIds, active: true }
        : { status: 'OFFLINE', active: true, queueIds: event.data.queueIds, maxConversations: null, channelLimits: [], holdings: {}, idleSince: occurredAt };
      step.touchAgents();
      return step.route();
    }
    case 'AgentStatusChanged': {
      updateAgent(step, agentId, (agent) => (agent.status = event.data.status));
      if (event.data.status === 'ONLINE') return step.route();
      return unavailable(step, agentId);
    }
    case 'AgentDeactivated':
      updateAgent(step, agentId, (agent) => Object.assign(agent, { active: false, status: 'OFFLINE' }));
      return unavailable(step, agentId);
    case 'AgentCapacitySet':
      updateAgent(step, agentId, (agent) => Object.assign(agent, { maxConversations: event.data.maxConversations, channelLimits: event.data.channelLimits }));
      return step.route();
    case 'AgentConversationTaken':
      updateAgent(step, agentId, (agent) => {
        agent.holdings[event.data.conversationId] = event.data.channel;
        agent.idleSince = null;
      });
      return;
    case 'AgentConversationReleased': {
      const agent = step.agents.agents[agentId];
      // Conversations assigned before capacity was recorded were never taken: their release changes nothing.
      if (!agent || !(event.data.conversationId in agent.holdings)) return;
      updateAgent(step, agentId, (held) => {
        delete held.holdings[event.data.conversationId];
        if (Object.keys(held.holdings).length === 0) held.idleSince = occurredAt;
      });
      return step.route();
    }
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** New settings: the wait targets of the queue's waiting conversations follow them; AUTO starts routing. */
export function onQueueEvent(step: RoutingStep, event: QueueEvent): void {
  const { queueId, routing, offerTimeoutSeconds } = event.data;
  // Stored without a limit as absent (a null from the input means none, as an absent one).
  const maxWaitSeconds = event.data.maxWaitSeconds ?? undefined;
  const returnAfterSeconds = event.data.returnAfterSeconds ?? undefined;
  const before = step.queues.settings[queueId];
  step.queues.settings[queueId] = { routing, offerTimeoutSeconds, maxWaitSeconds, returnAfterSeconds };
  step.touchQueues();
  if (before?.maxWaitSeconds !== maxWaitSeconds) {
    for (const waiting of step.queues.waiting.filter((w) => w.queueId === queueId)) {
      if (maxWaitSeconds === undefined) step.cancel(waitTimerId(waiting.conversationId));
      else step.arm(queueWait(waiting.conversationId, waiting.waitVersion, after(waiting.since, maxWaitSeconds * SECOND_MS)));
    }
  }
  if (routing === 'AUTO') step.route();
}
