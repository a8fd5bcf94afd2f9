import { AgentStatus } from '../agent/agent.events';
import { Actor } from '../shared/actor';
import { ActivityKind, ContactData } from './conversation.events';

/** What the decider needs to know of an agent another stream holds. */
export interface AgentSnapshot {
  id: string;
  registered: boolean;
  active: boolean;
}

/** What an offer needs to know of the agent besides: whether it is ONLINE and in which queues. */
export interface OfferableAgent extends AgentSnapshot {
  status: AgentStatus;
  queueIds: readonly string[];
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

export interface AcceptConversation extends ConversationCommandBase {
  type: 'AcceptConversation';
  /** The caller, as its own stream says. */
  agent: AgentSnapshot;
}

export interface DeclineConversation extends ConversationCommandBase {
  type: 'DeclineConversation';
  note?: string;
}

export interface RecordActivity extends ConversationCommandBase {
  type: 'RecordActivity';
  kind: ActivityKind;
}

/** handoff's own commands (actor SYSTEM): each refused (INVALID_STATE) once the condition it acts on is gone. */
export interface OfferConversation extends ConversationCommandBase {
  type: 'OfferConversation';
  agent: OfferableAgent;
  expiresAt: string;
}

export interface ExpireOffer extends ConversationCommandBase {
  type: 'ExpireOffer';
  agentId: string;
  /** The stream version of the offer the timer was set for. */
  offeredVersion: number;
}

export interface WithdrawOffer extends ConversationCommandBase {
  type: 'WithdrawOffer';
  agentId: string;
}

export interface ReturnConversationToQueue extends ConversationCommandBase {
  type: 'ReturnConversationToQueue';
  agentId: string;
  /** The stream version of the assignment or transfer the no-reply timer was set for. */
  assignedVersion: number;
}

export interface RecordQueueWaitBreach extends ConversationCommandBase {
  type: 'RecordQueueWaitBreach';
  /** The stream version at which the wait the timer was set for began. */
  waitVersion: number;
}

export type RoutingCommand =
  | AcceptConversation
  | DeclineConversation
  | RecordActivity
  | OfferConversation
  | ExpireOffer
  | WithdrawOffer
  | ReturnConversationToQueue
  | RecordQueueWaitBreach;

export type ConversationCommand =
  | OpenConversation
  | AssignConversation
  | UnassignConversation
  | TransferConversation
  | CloseConversation
  | RoutingCommand;
