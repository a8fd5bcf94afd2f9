import { AgentEvent } from '../agent/agent.events';
import { ConversationEvent } from '../conversation/conversation.events';
import { QueueEvent } from '../queue/queue.events';
import { TransferReasonEvent } from '../transfer-reason/transfer-reason.events';

export type DomainEvent = ConversationEvent | AgentEvent | TransferReasonEvent | QueueEvent;
export type DomainEventType = DomainEvent['type'];

/** Bumped with an upcaster when an event's shape changes; stored events are never rewritten. */
export const SCHEMA_VERSION = 1;
