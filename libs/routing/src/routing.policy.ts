import { agentKey, AgentEntry, byWait, isAvailable, settingsOf, Waiting } from './routing.state';
import type { RouteRequest, RoutingStep } from './routing.step';
import { waitingOf, walkWaiting } from './routing.waiting-list';

/**
 * AUTO routing, as a pure plan over the state: each waiting conversation of an AUTO queue without an offer, oldest
 * wait first, goes to the best eligible agent; the plan counts its own offers against the agents' capacity.
 *
 * Only what the event changed is looked at. After every reaction no conversation waits unoffered in an AUTO queue
 * while an agent is eligible for it; an event changes one conversation (it waits anew, its offer ended), one agent
 * (more capacity, ONLINE, other queues) or one queue (now AUTO). So the conversations asked for may go to any agent
 * available in their queue; any other waiting conversation only to an agent asked for, walking the waiting lists
 * of that agent's AUTO queues oldest first while it has room: the same offers as planning the whole tenant.
 */
export interface PlannedOffer {
  conversationId: string;
  agentId: string;
}

/** What an agent holds or is being offered (an offer asked for counts before the log shows it): id → channel. */
type Load = Map<string, string>;

export function hasSpareCapacity(agent: AgentEntry, load: Load, channel: string): boolean {
  if (agent.maxConversations !== null && load.size >= agent.maxConversations) return false;
  const limit = agent.channelLimits.find((l) => l.channel === channel);
  if (!limit) return true;
  let held = 0;
  for (const heldChannel of load.values()) if (heldChannel === channel) held++;
  return held < limit.max;
}

/**
 * Longest idle first: agents holding nothing by `idleSince` (earliest first), then agents holding something by how
 * many they hold (fewest first); ties by agent id.
 */
export function rankAgents(candidates: ReadonlyArray<{ agentId: string; idleSince: string | null; held: number }>): string[] {
  return [...candidates]
    .sort((a, b) => {
      if (a.idleSince !== null && b.idleSince !== null) return a.idleSince.localeCompare(b.idleSince) || a.agentId.localeCompare(b.agentId);
      if (a.idleSince !== null) return -1;
      if (b.idleSince !== null) return 1;
      return a.held - b.held || a.agentId.localeCompare(b.agentId);
    })
    .map((c) => c.agentId);
}

class Loads {
  private readonly loads = new Map<string, Load>();
  constructor(private readonly step: RoutingStep) {}

  of(agentId: string, agent: AgentEntry): Load {
    let load = this.loads.get(agentId);
    if (!load) this.loads.set(agentId, (load = new Map([...Object.entries(agent.holdings), ...Object.entries(agent.offers)])));
    return load;
  }

  /** An agent asked for who can take nothing more (without a conversation limit it may always have room). */
  full(agentId: string): boolean {
    const agent = this.step.agent(agentId);
    return !isAvailable(agent) || (agent!.maxConversations !== null && this.of(agentId, agent!).size >= agent!.maxConversations);
  }
}

function bestAgent(step: RoutingStep, waiting: Waiting, pool: readonly string[], loads: Loads): string | undefined {
  step.need(...pool.map(agentKey));
  const eligible = pool.filter((agentId) => {
    const agent = step.agent(agentId);
    return isAvailable(agent) && agent!.queueIds.includes(waiting.queueId) && hasSpareCapacity(agent!, loads.of(agentId, agent!), waiting.channel);
  });
  const fresh = eligible.filter((agentId) => !waiting.passed.includes(agentId));
  const ranked = rankAgents((fresh.length > 0 ? fresh : eligible).map((agentId) => {
    const agent = step.agent(agentId)!;
    const held = loads.of(agentId, agent).size;
    return { agentId, held, idleSince: held === 0 ? agent.idleSince ?? '' : null };
  }));
  return ranked[0];
}

/** The waiting lists to walk, merged in wait order: AUTO queues of the agents and queues asked for, and the conversations. */
function* candidates(step: RoutingStep, request: RouteRequest): Generator<Waiting> {
  const queues = new Set([...request.queues]);
  for (const agentId of request.agents) if (isAvailable(step.agent(agentId))) for (const queueId of step.agent(agentId)!.queueIds) queues.add(queueId);
  const walks: Array<Iterator<Waiting>> = [...queues].filter((queueId) => settingsOf(step.queue(queueId)).routing === 'AUTO').map((queueId) => walkWaiting(step, queueId));
  const alone = [...request.conversations].map((id) => waitingOf(step, id)).filter((w): w is Waiting => w !== undefined && !queues.has(w.queueId));
  walks.push(alone.sort(byWait)[Symbol.iterator]());
  const heads = walks.map((walk) => walk.next());
  for (;;) {
    let first = -1;
    heads.forEach((head, index) => {
      if (!head.done && (first < 0 || byWait(head.value, heads[first].value as Waiting) < 0)) first = index;
    });
    if (first < 0) return;
    yield heads[first].value as Waiting;
    heads[first] = walks[first].next();
  }
}

export function planOffers(step: RoutingStep, request: RouteRequest): PlannedOffer[] {
  const planned: PlannedOffer[] = [];
  if (request.agents.size + request.conversations.size + request.queues.size === 0) return planned;
  const loads = new Loads(step);
  const left = new Set(request.conversations);
  for (const waiting of candidates(step, request)) {
    const wide = left.delete(waiting.conversationId) || request.queues.has(waiting.queueId);
    if (!wide && left.size === 0 && request.queues.size === 0 && [...request.agents].every((agentId) => loads.full(agentId))) break;
    if (waiting.offer || settingsOf(step.queue(waiting.queueId)).routing !== 'AUTO') continue;
    const available = step.queue(waiting.queueId)?.available ?? [];
    const pool = wide ? available : available.filter((agentId) => request.agents.has(agentId));
    const agentId = bestAgent(step, waiting, pool, loads);
    if (!agentId) continue;
    planned.push({ conversationId: waiting.conversationId, agentId });
    loads.of(agentId, step.agent(agentId)!).set(waiting.conversationId, waiting.channel);
  }
  return planned;
}
