import { Actor } from '../shared/actor';
import { ContactData } from './conversation.events';

/** What the decider needs to know of an agent another stream holds. */
export interface AgentSnapshot {
  id: string;
  registered: boolean;
  active: boolean;
}

/** What the decider needs to know of a transfer reason. */
export interface ReasonSnapshot {
  id: string;
  defined: boolean;
  active: boolean;
  name: string;
}

interface ConversationCommandBase {
  actor: Actor;
  conversationId: string;
}

export interface OpenConversation extends ConversationCommandBase {
  type: 'OpenConversation';
  queueId: string;
  channel: string;
  contact?: ContactData;
}

export interface AssignConversation extends ConversationCommandBase {
  type: 'AssignConversation';
  agent: AgentSnapshot;
}

export interface UnassignConversation extends ConversationCommandBase {
  type: 'UnassignConversation';
  note?: string;
}

export interface TransferConversation extends ConversationCommandBase {
  type: 'TransferConversation';
  toAgent: AgentSnapshot;
  reason: ReasonSnapshot;
  note?: string;
}

export interface CloseConversation extends ConversationCommandBase {
  type: 'CloseConversation';
}

export type ConversationCommand =
  | OpenConversation
  | AssignConversation
  | UnassignConversation
  | TransferConversation
  | CloseConversation;
