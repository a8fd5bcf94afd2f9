import { ConversationEvent } from './conversation.events';

export type ConversationStatus = 'QUEUED' | 'ASSIGNED' | 'CLOSED';

export type Conversation =
  | { exists: false }
  | { exists: true; conversationId: string; queueId: string; status: ConversationStatus; assigneeId: string | null };

export const initialConversation: Conversation = { exists: false };

export function evolve(state: Conversation, event: ConversationEvent): Conversation {
  switch (event.type) {
    case 'ConversationOpened':
      return {
        exists: true,
        conversationId: event.data.conversationId,
        queueId: event.data.queueId,
        status: 'QUEUED',
        assigneeId: null,
      };
    case 'ConversationAssigned':
      return state.exists ? { ...state, status: 'ASSIGNED', assigneeId: event.data.agentId } : state;
    case 'ConversationUnassigned':
      return state.exists ? { ...state, status: 'QUEUED', assigneeId: null } : state;
    case 'ConversationTransferred':
      return state.exists ? { ...state, status: 'ASSIGNED', assigneeId: event.data.toAgentId } : state;
    case 'ConversationClosed':
      return state.exists ? { ...state, status: 'CLOSED', assigneeId: null } : state;
    case 'ConversationOffered':
    case 'ConversationOfferDeclined':
    case 'ConversationOfferExpired':
    case 'ConversationOfferWithdrawn':
    case 'ConversationActivityRecorded':
    case 'ConversationReturnedToQueue':
    case 'SlaBreached':
      return state; // routing base: folded once offers are decided on
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
