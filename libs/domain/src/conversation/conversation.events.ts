export interface ContactData {
  id: string;
  name?: string;
}

export type ConversationEvent =
  | {
      type: 'ConversationOpened';
      data: { conversationId: string; queueId: string; channel: string; contact?: ContactData };
    }
  | { type: 'ConversationAssigned'; data: { conversationId: string; agentId: string; queueId: string } }
  | {
      type: 'ConversationUnassigned';
      data: { conversationId: string; agentId: string; queueId: string; note?: string };
    }
  | {
      type: 'ConversationTransferred';
      data: {
        conversationId: string;
        fromAgentId: string;
        toAgentId: string;
        reasonId: string;
        reasonName: string;
        note?: string;
      };
    }
  | { type: 'ConversationClosed'; data: { conversationId: string; agentId?: string } };

export type ConversationEventType = ConversationEvent['type'];

export const CONVERSATION_EVENT_TYPES: readonly ConversationEventType[] = [
  'ConversationOpened',
  'ConversationAssigned',
  'ConversationUnassigned',
  'ConversationTransferred',
  'ConversationClosed',
];
