import { AgentEvent, agentStream, ConversationEvent, conversationStream } from '@handoff/domain';
import { EventStore } from '@handoff/event-store';
import { AgentDocument, ConversationDocument, decodeRecorded, Decoded, eventsAsOf, evolveAgent, evolveConversation, withConversationChange } from '@handoff/projections';
import { AuditEntry, toAuditEntry } from '../audit/audit-trail.service';

/** A conversation as it was at `asOf`: its field resolvers answer as of then too (its assignee, its history). */
export type ConversationAsOf = ConversationDocument & { asOf: string; historyAsOf: AuditEntry[] };

export const isAsOf = (conversation: ConversationDocument): conversation is ConversationAsOf => 'asOf' in conversation;

/** Folded from its stream with the conversations projection's own evolve; null when it had not been opened by then. */
export async function conversationAt(store: EventStore, tenantId: string, id: string, at: string): Promise<ConversationAsOf | null> {
  const events = eventsAsOf(await store.readStream(conversationStream(tenantId, id)), at);
  let document: ConversationDocument | null = null;
  for (const event of events) document = evolveConversation(document, decodeRecorded(event) as Decoded<ConversationEvent>);
  return document && { ...document, asOf: at, historyAsOf: events.map(toAuditEntry) };
}

/**
 * The agent as its own stream folds to at `at`, with the agents projection's evolve: name, queues, status, capacity
 * then. What it held then is read from its AgentConversationTaken / Released events, each taken one counted as
 * assigned (the stream does not say whether it was an offer); null when it was not registered by then.
 */
export async function agentAt(store: EventStore, tenantId: string, id: string, at: string): Promise<AgentDocument | null> {
  let document: AgentDocument | null = null;
  for (const event of eventsAsOf(await store.readStream(agentStream(tenantId, id)), at)) {
    const decoded = decodeRecorded(event) as Decoded<AgentEvent>;
    document = document && decoded.type === 'AgentConversationTaken'
      ? withConversationChange(document, { agentId: id, conversationId: decoded.data.conversationId, to: 'ASSIGNED' }, decoded)
      : evolveAgent(document, decoded);
  }
  return document;
}
