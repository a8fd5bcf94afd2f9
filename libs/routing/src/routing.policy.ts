import { AgentEntry, AgentsDocument, byWait, QueuesDocument, settingsOf, Waiting } from './routing.state';

/**
 * AUTO routing, as a pure plan over the state: each waiting conversation of an AUTO queue without an offer, oldest
 * wait first, goes to the best eligible agent; the plan counts its own offers against the agents' capacity.
 */
export interface PlannedOffer {
  conversationId: string;
  agentId: string;
}

/** What an agent holds or is being offered (an offer asked for counts before the log shows it): id → channel. */
type Load = Map<string, string>;

function loadsOf(queues: QueuesDocument, agents: AgentsDocument): Map<string, Load> {
  const loads = new Map<string, Load>();
  for (const [agentId, agent] of Object.entries(agents.agents)) loads.set(agentId, new Map(Object.entries(agent.holdings)));
  for (const waiting of queues.waiting) if (waiting.offer) loads.get(waiting.offer.agentId)?.set(waiting.conversationId, waiting.channel);
  return loads;
}

export function hasSpareCapacity(agent: AgentEntry, load: Load, channel: string): boolean {
  if (agent.maxConversations !== null && load.size >= agent.maxConversations) return false;
  const limit = agent.channelLimits.find((l) => l.channel === channel);
  if (!limit) return true;
  let held = 0;
  for (const heldChannel of load.values()) if (heldChannel === channel) held++;
  return held < limit.max;
}

const available = (agent: AgentEntry): boolean => agent.active && agent.status === 'ONLINE';

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

function bestAgent(waiting: Waiting, agents: AgentsDocument, loads: Map<string, Load>, online: readonly string[]): string | undefined {
  const eligible = online.filter((agentId) => {
    const agent = agents.agents[agentId];
    return agent.queueIds.includes(waiting.queueId) && hasSpareCapacity(agent, loads.get(agentId)!, waiting.channel);
  });
  const fresh = eligible.filter((agentId) => !waiting.passed.includes(agentId));
  const pool = fresh.length > 0 ? fresh : eligible;
  const ranked = rankAgents(pool.map((agentId) => {
    const load = loads.get(agentId)!;
    return { agentId, held: load.size, idleSince: load.size === 0 ? agents.agents[agentId].idleSince ?? '' : null };
  }));
  return ranked[0];
}

export function planOffers(queues: QueuesDocument, agents: AgentsDocument): PlannedOffer[] {
  const loads = loadsOf(queues, agents);
  const online = Object.keys(agents.agents).filter((agentId) => available(agents.agents[agentId])).sort();
  if (online.length === 0) return [];
  const planned: PlannedOffer[] = [];
  const open = queues.waiting.filter((w) => !w.offer && settingsOf(queues, w.queueId).routing === 'AUTO').sort(byWait);
  for (const waiting of open) {
    const agentId = bestAgent(waiting, agents, loads, online);
    if (!agentId) continue;
    planned.push({ conversationId: waiting.conversationId, agentId });
    loads.get(agentId)!.set(waiting.conversationId, waiting.channel);
  }
  return planned;
}
