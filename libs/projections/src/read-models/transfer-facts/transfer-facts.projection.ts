import { CONVERSATION_EVENT_TYPES, ConversationEvent } from '@handoff/domain';
import { CollectionDefinition } from '@handoff/read-store';
import { decodingProjection, DocumentAccess, tenantOf } from '../../projection';
import { hourOf } from '../agent-performance/agent-performance.projection';
import { foldTrail, TransferFact, TransferTrail } from './transfer-facts.fold';

/**
 * One row per transfer (kind 'transfer') with what transferAnalytics counts, worked out when the transfer is
 * projected, and the receiving agent's first reply filled in when it comes; the same summed per queue and UTC
 * hour (kind 'bucket', `at` its hour) so that a long range reads a few buckets and only its partial end hours
 * row by row; and each conversation's trail (kind 'conversation'), whose stream version tells an event
 * delivered twice.
 */
export interface TransferFactDocument extends TransferFact {
  tenantId: string;
  id: string;
  kind: 'transfer';
  /** Seconds from the transfer to the receiving agent's first AGENT_REPLIED; null until (unless) it comes. */
  firstReplySeconds: number | null;
}

export interface TransferBucketDocument {
  tenantId: string;
  id: string;
  kind: 'bucket';
  queueId: string;
  /** Start of the UTC hour, ISO 8601. */
  at: string;
  transfers: number;
  retransfers: number;
  returnsToPreviousHolder: number;
  firstReplySecondsSum: number;
  firstReplies: number;
  /** Transfers by flowKey(reason, from agent, to agent). */
  flows: Record<string, number>;
  /** The conversations transferred in the hour, each once. */
  conversationIds: string[];
}

interface TransferTrailDocument extends TransferTrail {
  tenantId: string;
  id: string;
  kind: 'conversation';
  version: number;
}

export type TransferFactsDocument = TransferFactDocument | TransferBucketDocument | TransferTrailDocument;
type Access = DocumentAccess<TransferFactsDocument>;

export const TRANSFER_FACTS: CollectionDefinition<TransferFactsDocument> = {
  name: 'transfer-facts',
  fields: { kind: 'text', at: 'text', queueId: 'text' },
  indexes: [['kind', 'at'], ['kind', 'queueId', 'at']],
};

const trailId = (conversationId: string): string => `conversation:${conversationId}`;
const factId = (conversationId: string, streamVersion: number): string => `transfer:${conversationId}:${streamVersion}`;
const bucketId = (queueId: string, hour: string): string => `bucket:${queueId}:${hour}`;

/** Ids hold no control characters; a tab is two characters in the stored JSON. */
const SEPARATOR = '\t';
export const flowKey = (reasonId: string, fromAgentId: string, toAgentId: string): string => [reasonId, fromAgentId, toAgentId].join(SEPARATOR);
export function flowOf(key: string): { reasonId: string; fromAgentId: string; toAgentId: string } {
  const [reasonId, fromAgentId, toAgentId] = key.split(SEPARATOR);
  return { reasonId, fromAgentId, toAgentId };
}

async function updateBucket(documents: Access, tenantId: string, queueId: string, at: string, change: (bucket: TransferBucketDocument) => TransferBucketDocument): Promise<void> {
  const hour = hourOf(at);
  const stored = await documents.get(tenantId, bucketId(queueId, hour));
  const bucket: TransferBucketDocument = stored?.kind === 'bucket' ? stored : {
    tenantId, id: bucketId(queueId, hour), kind: 'bucket', queueId, at: hour,
    transfers: 0, retransfers: 0, returnsToPreviousHolder: 0, firstReplySecondsSum: 0, firstReplies: 0, flows: {}, conversationIds: [],
  };
  documents.put(change(bucket));
}

function withTransfer(bucket: TransferBucketDocument, fact: TransferFact): TransferBucketDocument {
  const key = flowKey(fact.reasonId, fact.fromAgentId, fact.toAgentId);
  return {
    ...bucket,
    transfers: bucket.transfers + 1,
    retransfers: bucket.retransfers + (fact.retransfer ? 1 : 0),
    returnsToPreviousHolder: bucket.returnsToPreviousHolder + (fact.returnToPreviousHolder ? 1 : 0),
    flows: { ...bucket.flows, [key]: (bucket.flows[key] ?? 0) + 1 },
    conversationIds: bucket.conversationIds.includes(fact.conversationId) ? bucket.conversationIds : [...bucket.conversationIds, fact.conversationId],
  };
}

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
    const fact = step.fact;
    if (fact) {
      documents.put({ tenantId, id: factId(conversationId, event.streamVersion), kind: 'transfer', ...fact, firstReplySeconds: null });
      await updateBucket(documents, tenantId, fact.queueId, fact.at, (bucket) => withTransfer(bucket, fact));
    }
    const reply = step.reply;
    if (reply) {
      const replied = await documents.get(tenantId, reply.factId);
      if (replied?.kind === 'transfer') {
        documents.put({ ...replied, firstReplySeconds: reply.seconds });
        await updateBucket(documents, tenantId, replied.queueId, replied.at, (bucket) => ({
          ...bucket, firstReplySecondsSum: bucket.firstReplySecondsSum + reply.seconds, firstReplies: bucket.firstReplies + 1,
        }));
      }
    }
    if (step.trail) {
      const { queueId, holders, transfers, awaitingReply } = step.trail;
      documents.put({ tenantId, id: trailId(conversationId), kind: 'conversation', queueId, holders, transfers, awaitingReply, version: event.streamVersion });
    }
  },
});
