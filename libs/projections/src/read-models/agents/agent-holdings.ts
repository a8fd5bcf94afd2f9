import { ConversationEvent } from '@handoff/domain';

/** What an agent holds: conversations ASSIGNED to it and conversations OFFERED to it, by id. */
export interface Holdings {
  assignedConversationIds: string[];
  offeredConversationIds: string[];
}

export type HoldingChange = { agentId: string; conversationId: string; to: 'ASSIGNED' | 'OFFERED' | 'NONE' };

/**
 * How a conversation event changes what agents hold. Conversations assigned before routing have no
 * AgentConversationTaken, so the conversation's own events are the source for every conversation; the agent's
 * AgentConversationReleased (see agents.projection) only repeats what they say, or says it for a close.
 */
export function holdingChanges(event: ConversationEvent): HoldingChange[] {
  const { conversationId } = event.data;
  const change = (agentId: string, to: HoldingChange['to']): HoldingChange => ({ agentId, conversationId, to });
  switch (event.type) {
    case 'ConversationAssigned':
      return [change(event.data.agentId, 'ASSIGNED')];
    case 'ConversationTransferred':
      return [change(event.data.fromAgentId, 'NONE'), change(event.data.toAgentId, 'ASSIGNED')];
    case 'ConversationOffered':
      return [change(event.data.agentId, 'OFFERED')];
    case 'ConversationUnassigned':
    case 'ConversationReturnedToQueue':
    case 'ConversationOfferDeclined':
    case 'ConversationOfferExpired':
    case 'ConversationOfferWithdrawn':
      return [change(event.data.agentId, 'NONE')];
    case 'ConversationClosed':
      return event.data.agentId ? [change(event.data.agentId, 'NONE')] : [];
    default:
      return [];
  }
}

/** The conversation events that change what an agent holds. */
export const HOLDING_EVENT_TYPES = [
  'ConversationAssigned', 'ConversationUnassigned', 'ConversationTransferred', 'ConversationClosed', 'ConversationOffered',
  'ConversationOfferDeclined', 'ConversationOfferExpired', 'ConversationOfferWithdrawn', 'ConversationReturnedToQueue',
] as const;

// Sorted, so that a set depends only on its members and not on the order it was reached in.
const setMember = (ids: readonly string[], id: string, member: boolean): string[] =>
  member ? [...ids.filter((other) => other !== id), id].sort() : ids.filter((other) => other !== id);

export function withHolding<H extends Holdings>(holdings: H, conversationId: string, to: HoldingChange['to']): H {
  return {
    ...holdings,
    assignedConversationIds: setMember(holdings.assignedConversationIds, conversationId, to === 'ASSIGNED'),
    offeredConversationIds: setMember(holdings.offeredConversationIds, conversationId, to === 'OFFERED'),
  };
}

export const heldCount = (holdings: Holdings): number => holdings.assignedConversationIds.length + holdings.offeredConversationIds.length;

/** How many more conversations fit under maxConversations (all channels, OFFERED and ASSIGNED); null when unlimited. */
export const spareCapacity = (maxConversations: number | null, holdings: Holdings): number | null =>
  maxConversations === null ? null : Math.max(0, maxConversations - heldCount(holdings));
