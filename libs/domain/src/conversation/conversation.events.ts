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
  | { type: 'ConversationClosed'; data: { conversationId: string; agentId?: string } }
  // Routing (DESIGN.md "Routing"): offers, activity, returns and breaches.
  | { type: 'ConversationOffered'; data: { conversationId: string; agentId: string; queueId: string; expiresAt: string } }
  | { type: 'ConversationOfferDeclined'; data: { conversationId: string; agentId: string; queueId: string; note?: string } }
  | { type: 'ConversationOfferExpired'; data: { conversationId: string; agentId: string; queueId: string } }
  | { type: 'ConversationOfferWithdrawn'; data: { conversationId: string; agentId: string; queueId: string; cause: OfferWithdrawalCause } }
  | { type: 'ConversationActivityRecorded'; data: { conversationId: string; kind: ActivityKind; agentId?: string } }
  | { type: 'ConversationReturnedToQueue'; data: { conversationId: string; agentId: string; queueId: string; cause: 'NO_REPLY' } }
  | { type: 'SlaBreached'; data: { conversationId: string; queueId: string; kind: SlaKind; agentId?: string } }
  // Privacy (DESIGN.md "Personal data and integrity"): forgetContact destroyed the data keys of this conversation's
  // contact name and notes; read models drop their copies (the transfers listed by id). Holds no personal data.
  | { type: 'ConversationPersonalDataErased'; data: { conversationId: string; contactId: string; transferIds: string[] } };

export type ActivityKind = 'AGENT_REPLIED' | 'CONTACT_MESSAGED';
export type SlaKind = 'QUEUE_WAIT' | 'NO_REPLY';
/** Why an offer was taken back: its agent went OFFLINE or AWAY (or was deactivated), or a supervisor assigned the conversation. */
export type OfferWithdrawalCause = 'AGENT_UNAVAILABLE' | 'ASSIGNED';

export type ConversationEventType = ConversationEvent['type'];

export const CONVERSATION_EVENT_TYPES: readonly ConversationEventType[] = [
  'ConversationOpened',
  'ConversationAssigned',
  'ConversationUnassigned',
  'ConversationTransferred',
  'ConversationClosed',
  'ConversationOffered',
  'ConversationOfferDeclined',
  'ConversationOfferExpired',
  'ConversationOfferWithdrawn',
  'ConversationActivityRecorded',
  'ConversationReturnedToQueue',
  'SlaBreached',
  'ConversationPersonalDataErased',
];
