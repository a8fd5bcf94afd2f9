import { AgentEvent, agentStream, ConversationEvent, conversationStream, TransferReasonEvent, transferReasonStream } from '@handoff/domain';
import { EventStore } from '@handoff/event-store';
import {
  AgentDocument, ConversationDocument, decodeRecorded, Decoded, eventsAsOf, evolveAgent, evolveConversation, evolveTransferReason,
  TransferReasonDocument, withConversationChange,
} from '@handoff/projections';
import { AuditEntry, toAuditEntry } from '../audit/audit-trail.service';
import { unknownAgent } from '../graphql/fallbacks';

/** A conversation as it was at `asOf`: its field resolvers answer as of then too (its assignee, its history). */
export type ConversationAsOf = ConversationDocument & { asOf: string; historyAsOf: AuditEntry[] };

export const isAsOf = (conversation: ConversationDocument): conversation is ConversationAsOf => 'asOf' in conversation;

/** The instant a nested object of a conversation as it was (its offer, last transfer, breaches) is of; undefined for today's. */
export const asOfOf = (parent: object): string | undefined => (parent as { asOf?: string }).asOf;

/** Marks a nested object as of `at`, so that what it refers to (agents, a reason) is looked up as of then too. */
const stamped = <T extends object>(value: T, at: string): T => ({ ...value, asOf: at });

/** Folded from its stream with the conversations projection's own evolve; null when it had not been opened by then. */
export async function conversationAt(store: EventStore, tenantId: string, id: string, at: string): Promise<ConversationAsOf | null> {
  const events = eventsAsOf(await store.readStream(conversationStream(tenantId, id)), at);
  let document: ConversationDocument | null = null;
  for (const event of events) document = evolveConversation(document, decodeRecorded(event) as Decoded<ConversationEvent>);
  if (!document) return null;
  const { offer, lastTransfer, slaBreaches } = document;
  return {
    ...document,
    offer: offer && stamped(offer, at),
    lastTransfer: lastTransfer && stamped(lastTransfer, at),
    slaBreaches: slaBreaches.map((breach) => stamped(breach, at)),
    asOf: at,
    historyAsOf: events.map(toAuditEntry),
  };
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

/** An agent a past conversation names, as it was then (by its id when not registered yet); today's for today's. */
export async function referencedAgentAsOf(
  store: EventStore, tenantId: string, agentId: string, parent: object, today: () => Promise<AgentDocument>,
): Promise<AgentDocument> {
  const asOf = asOfOf(parent);
  return asOf ? ((await agentAt(store, tenantId, agentId, asOf)) ?? unknownAgent(tenantId, agentId)) : today();
}

/** The transfer reason as its stream folds to at `at`, with the transfer reasons projection's evolve. */
export async function reasonAt(store: EventStore, tenantId: string, id: string, at: string): Promise<TransferReasonDocument | null> {
  let document: TransferReasonDocument | null = null;
  for (const event of eventsAsOf(await store.readStream(transferReasonStream(tenantId, id)), at)) {
    document = evolveTransferReason(document, decodeRecorded(event) as Decoded<TransferReasonEvent>);
  }
  return document;
}
