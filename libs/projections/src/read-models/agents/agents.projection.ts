import { AgentEvent, AgentStatus, AGENT_EVENT_TYPES, ChannelLimit, ConversationEvent, isEventOf } from '@handoff/domain';
import { CollectionDefinition } from '@handoff/read-store';
import { Decoded, decodingProjection, tenantOf } from '../../projection';
import { heldCount, HoldingChange, holdingChanges, Holdings, HOLDING_EVENT_TYPES, spareCapacity, withHolding } from './agent-holdings';

export interface AgentDocument extends Holdings {
  tenantId: string;
  id: string;
  name: string;
  status: AgentStatus;
  queueIds: string[];
  active: boolean;
  /** Conversations currently ASSIGNED to the agent: the size of assignedConversationIds. */
  activeConversations: number;
  /** Conversations currently OFFERED to the agent: the size of offeredConversationIds. */
  pendingOffers: number;
  maxConversations: number | null;
  channelLimits: ChannelLimit[];
  spareCapacity: number | null;
  /** Since when the agent has held nothing (OFFERED or ASSIGNED): since it was registered or let go of its last one. */
  idleSince: string | null;
  /** Position of the last event applied: one delivered again is skipped (idleSince is a moment, not a set). */
  position: string;
}

export const AGENTS: CollectionDefinition<AgentDocument> = {
  name: 'agents',
  fields: { status: 'text', active: 'integer', name: 'text' },
  indexes: [['status'], ['name']],
};

/** An agent nobody has configured: no limits, holding nothing, idle since `at`. */
export function newAgentDocument(tenantId: string, id: string, name: string, at: string | null): AgentDocument {
  return {
    tenantId, id, name, status: 'OFFLINE', queueIds: [], active: true,
    activeConversations: 0, assignedConversationIds: [], pendingOffers: 0, offeredConversationIds: [],
    maxConversations: null, channelLimits: [], spareCapacity: null, idleSince: at, position: '0',
  };
}

const alreadyApplied = (document: AgentDocument, event: Decoded): boolean => BigInt(document.position) >= event.position;

/** The counts and moments that follow from what the agent holds and its limits, after `event`. */
function settled(before: AgentDocument, after: AgentDocument, event: Decoded): AgentDocument {
  const held = heldCount(after);
  const idleSince = held > 0 ? null : heldCount(before) > 0 ? event.metadata.occurredAt : after.idleSince;
  return {
    ...after,
    activeConversations: after.assignedConversationIds.length,
    pendingOffers: after.offeredConversationIds.length,
    spareCapacity: spareCapacity(after.maxConversations, after),
    idleSince,
    position: event.position.toString(),
  };
}

export function evolveAgent(document: AgentDocument | null, event: Decoded<AgentEvent>): AgentDocument | null {
  if (event.type === 'AgentRegistered') {
    const { agentId, name, queueIds } = event.data;
    if (document && alreadyApplied(document, event)) return document;
    const before = document ?? newAgentDocument(tenantOf(event), agentId, name, event.metadata.occurredAt);
    return settled(before, { ...before, name, queueIds, active: true }, event);
  }
  if (!document || alreadyApplied(document, event)) return document;
  switch (event.type) {
    case 'AgentStatusChanged':
      return settled(document, { ...document, status: event.data.status }, event);
    case 'AgentDeactivated':
      return settled(document, { ...document, active: false, status: 'OFFLINE' }, event);
    case 'AgentCapacitySet':
      return settled(document, { ...document, maxConversations: event.data.maxConversations, channelLimits: event.data.channelLimits }, event);
    case 'AgentConversationReleased':
      return settled(document, withHolding(document, event.data.conversationId, 'NONE'), event);
    default:
      // AgentConversationTaken comes with the conversation event that says whether it is an offer or an assignment.
      return settled(document, document, event);
  }
}

/** The agent after a conversation event changed what it holds; the same document when it was already applied. */
export function withConversationChange(agent: AgentDocument, change: HoldingChange, event: Decoded): AgentDocument {
  if (alreadyApplied(agent, event)) return agent;
  return settled(agent, withHolding(agent, change.conversationId, change.to), event);
}

export const agentsProjection = decodingProjection({
  collection: AGENTS,
  version: 3,
  eventTypes: [...AGENT_EVENT_TYPES, ...HOLDING_EVENT_TYPES],
  async apply(event: Decoded<AgentEvent | ConversationEvent>, documents): Promise<void> {
    const tenantId = tenantOf(event);
    if (isEventOf<AgentEvent>(event, AGENT_EVENT_TYPES)) {
      const current = await documents.get(tenantId, event.data.agentId);
      const next = evolveAgent(current, event);
      if (next && next !== current) documents.put(next);
      return;
    }
    for (const change of holdingChanges(event)) {
      const agent = await documents.get(tenantId, change.agentId);
      const next = agent && withConversationChange(agent, change, event);
      if (next && next !== agent) documents.put(next);
    }
  },
});
