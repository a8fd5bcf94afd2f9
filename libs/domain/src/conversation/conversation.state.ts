import { ConversationEvent } from './conversation.events';

export type ConversationStatus = 'QUEUED' | 'OFFERED' | 'ASSIGNED' | 'CLOSED';

/** The pending offer of an OFFERED conversation: to whom, until when, and the stream version that made it. */
export interface PendingOffer {
  agentId: string;
  expiresAt: string;
  version: number;
}

export interface OpenConversationState {
  exists: true;
  conversationId: string;
  queueId: string;
  channel: string;
  status: ConversationStatus;
  assigneeId: string | null;
  offer: PendingOffer | null;
  /** Events folded: the stream's version (handoff's timers name the versions their conditions began at). */
  version: number;
  /** Version of the last assignment or transfer while ASSIGNED; null otherwise. */
  assignedAtVersion: number | null;
  /** Version of the latest AGENT_REPLIED; null when none. */
  lastAgentReplyVersion: number | null;
  /** Version at which the current wait (QUEUED or OFFERED) began; null when not waiting. */
  waitVersion: number | null;
  /** The current wait has had its QUEUE_WAIT breach. */
  waitBreached: boolean;
}

export type Conversation = { exists: false } | OpenConversationState;

export const initialConversation: Conversation = { exists: false };

const waiting = (state: OpenConversationState, version: number, newWait: boolean): OpenConversationState => ({
  ...state, status: 'QUEUED', assigneeId: null, offer: null, assignedAtVersion: null,
  ...(newWait ? { waitVersion: version, waitBreached: false } : {}),
});

const assigned = (state: OpenConversationState, agentId: string, version: number): OpenConversationState => ({
  ...state, status: 'ASSIGNED', assigneeId: agentId, offer: null, assignedAtVersion: version, waitVersion: null, waitBreached: false,
});

export function evolve(state: Conversation, event: ConversationEvent): Conversation {
  if (event.type === 'ConversationOpened') {
    const { conversationId, queueId, channel } = event.data;
    return {
      exists: true, conversationId, queueId, channel, status: 'QUEUED', assigneeId: null, offer: null,
      version: 1, assignedAtVersion: null, lastAgentReplyVersion: null, waitVersion: 1, waitBreached: false,
    };
  }
  if (!state.exists) return state;
  const version = state.version + 1;
  const next = { ...state, version };
  switch (event.type) {
    case 'ConversationAssigned':
      return assigned(next, event.data.agentId, version);
    case 'ConversationTransferred':
      return assigned(next, event.data.toAgentId, version);
    case 'ConversationUnassigned':
    case 'ConversationReturnedToQueue':
      return waiting(next, version, true);
    case 'ConversationClosed':
      return { ...waiting(next, version, false), status: 'CLOSED', waitVersion: null };
    case 'ConversationOffered':
      return { ...next, status: 'OFFERED', offer: { agentId: event.data.agentId, expiresAt: event.data.expiresAt, version } };
    case 'ConversationOfferDeclined':
    case 'ConversationOfferExpired':
    case 'ConversationOfferWithdrawn':
      return waiting(next, version, false);
    case 'ConversationActivityRecorded':
      return event.data.kind === 'AGENT_REPLIED' ? { ...next, lastAgentReplyVersion: version } : next;
    case 'SlaBreached':
      return event.data.kind === 'QUEUE_WAIT' ? { ...next, waitBreached: true } : next;
    case 'ConversationPersonalDataErased':
      return next;
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
