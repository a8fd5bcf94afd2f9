import { CONVERSATION_EVENT_TYPES, ConversationEvent } from '@handoff/domain';
import { CollectionDefinition } from '@handoff/read-store';
import { decodingProjection, tenantOf } from '../../projection';
import { foldTrail, TransferFact, TransferTrail } from './transfer-facts.fold';

/**
 * One row per transfer (kind 'transfer') with what transferAnalytics counts, worked out when the transfer is
 * projected, and the receiving agent's first reply filled in when it comes; beside them each conversation's
 * trail (kind 'conversation'), whose stream version tells an event delivered twice.
 */
export interface TransferFactDocument extends TransferFact {
  tenantId: string;
  id: string;
  kind: 'transfer';
  /** Seconds from the transfer to the receiving agent's first AGENT_REPLIED; null until (unless) it comes. */
  firstReplySeconds: number | null;
}

interface TransferTrailDocument extends TransferTrail {
  tenantId: string;
  id: string;
  kind: 'conversation';
  version: number;
}

export type TransferFactsDocument = TransferFactDocument | TransferTrailDocument;

export const TRANSFER_FACTS: CollectionDefinition<TransferFactsDocument> = {
  name: 'transfer-facts',
  fields: { kind: 'text', at: 'text', queueId: 'text' },
  indexes: [['kind', 'at'], ['kind', 'queueId', 'at']],
};

const trailId = (conversationId: string): string => `conversation:${conversationId}`;
const factId = (conversationId: string, streamVersion: number): string => `transfer:${conversationId}:${streamVersion}`;

export const transferFactsProjection = decodingProjection<TransferFactsDocument, ConversationEvent>({
  collection: TRANSFER_FACTS,
  version: 1,
  eventTypes: CONVERSATION_EVENT_TYPES,
  async apply(event, documents) {
    const tenantId = tenantOf(event);
    const { conversationId } = event.data;
    const stored = await documents.get(tenantId, trailId(conversationId));
    const current = stored?.kind === 'conversation' ? stored : null;
    if (current && event.streamVersion <= current.version) return;
    const step = foldTrail(current, event, event.metadata.occurredAt, factId(conversationId, event.streamVersion));
    if (step.fact) {
      documents.put({ tenantId, id: factId(conversationId, event.streamVersion), kind: 'transfer', ...step.fact, firstReplySeconds: null });
    }
    if (step.reply) {
      const fact = await documents.get(tenantId, step.reply.factId);
      if (fact?.kind === 'transfer') documents.put({ ...fact, firstReplySeconds: step.reply.seconds });
    }
    if (step.trail) {
      const { queueId, holders, transfers, awaitingReply } = step.trail;
      documents.put({ tenantId, id: trailId(conversationId), kind: 'conversation', queueId, holders, transfers, awaitingReply, version: event.streamVersion });
    }
  },
});
