import { CONVERSATION_EVENT_TYPES, ConversationEvent, QueueEvent } from '@handoff/domain';
import { CollectionDefinition } from '@handoff/read-store';
import { Decoded, decodingProjection, DocumentAccess, tenantOf } from '../../projection';
import { hourOf } from '../agent-performance/agent-performance.projection';
import { DEFAULT_SERVICE_LEVEL_SECONDS, foldWait, QueueEffect, WaitState } from './queue-performance.fold';

/**
 * Hourly UTC buckets per queue with the contract's QueuePerformance definitions, so any [from, to) range of whole
 * hours is a sum of buckets. Its own documents keep what the buckets need: each conversation's current wait
 * (kind 'conversation', with the stream version that tells an event delivered twice) and each queue's service
 * level as configured (kind 'queue': every queue configured or opened into, the "known" queues).
 */
export interface QueueBucketDocument {
  tenantId: string;
  id: string;
  kind: 'bucket';
  queueId: string;
  /** Start of the UTC hour, ISO 8601. */
  hour: string;
  entered: number;
  answered: number;
  answeredInTime: number;
  abandoned: number;
  /** Over the answered waits. */
  waitSecondsSum: number;
  /** Longest wait that ended (answered or abandoned) in the hour; null when none ended. */
  maxWaitSeconds: number | null;
  offers: number;
  offersDeclined: number;
  offersExpired: number;
  waitBreaches: number;
}

interface ConversationWaitDocument extends WaitState {
  tenantId: string;
  id: string;
  kind: 'conversation';
  version: number;
}

export interface KnownQueueDocument {
  tenantId: string;
  id: string;
  kind: 'queue';
  queueId: string;
  serviceLevelSeconds: number;
  /** The queue stream's version of the last QueueConfigured applied; 0 when never configured. */
  version: number;
}

export type QueuePerformanceDocument = QueueBucketDocument | ConversationWaitDocument | KnownQueueDocument;
type Access = DocumentAccess<QueuePerformanceDocument>;

export const QUEUE_PERFORMANCE: CollectionDefinition<QueuePerformanceDocument> = {
  name: 'queue-performance',
  fields: { kind: 'text', queueId: 'text', hour: 'text' },
  indexes: [['kind', 'queueId', 'hour'], ['kind', 'hour']],
};

export const queueBucketId = (queueId: string, hour: string): string => `bucket:${queueId}:${hour}`;
export const knownQueueId = (queueId: string): string => `queue:${queueId}`;
const waitId = (conversationId: string): string => `conversation:${conversationId}`;

export function emptyQueueBucket(tenantId: string, queueId: string, hour: string): QueueBucketDocument {
  return {
    tenantId, id: queueBucketId(queueId, hour), kind: 'bucket', queueId, hour,
    entered: 0, answered: 0, answeredInTime: 0, abandoned: 0, waitSecondsSum: 0, maxWaitSeconds: null,
    offers: 0, offersDeclined: 0, offersExpired: 0, waitBreaches: 0,
  };
}

/** Adds one effect to a bucket (a new object). */
export function addEffect(bucket: QueueBucketDocument, effect: QueueEffect): QueueBucketDocument {
  if ('count' in effect) return { ...bucket, [effect.count]: bucket[effect.count] + 1 };
  const { seconds, answered, inTime } = effect.waitEnded;
  return {
    ...bucket,
    answered: bucket.answered + (answered ? 1 : 0),
    answeredInTime: bucket.answeredInTime + (inTime ? 1 : 0),
    abandoned: bucket.abandoned + (answered ? 0 : 1),
    waitSecondsSum: bucket.waitSecondsSum + (answered ? seconds : 0),
    maxWaitSeconds: Math.max(bucket.maxWaitSeconds ?? 0, seconds),
  };
}

async function knownQueue(documents: Access, tenantId: string, queueId: string): Promise<KnownQueueDocument | null> {
  const document = await documents.get(tenantId, knownQueueId(queueId));
  return document?.kind === 'queue' ? document : null;
}

async function applyQueueEvent(event: Decoded<QueueEvent>, documents: Access): Promise<void> {
  const tenantId = tenantOf(event);
  const { queueId, serviceLevelSeconds } = event.data;
  const known = await knownQueue(documents, tenantId, queueId);
  if (known && event.streamVersion <= known.version) return;
  documents.put({ tenantId, id: knownQueueId(queueId), kind: 'queue', queueId, serviceLevelSeconds, version: event.streamVersion });
}

async function applyConversationEvent(event: Decoded<ConversationEvent>, documents: Access): Promise<void> {
  const tenantId = tenantOf(event);
  const at = event.metadata.occurredAt;
  const id = waitId(event.data.conversationId);
  const stored = await documents.get(tenantId, id);
  const current = stored?.kind === 'conversation' ? stored : null;
  if (current && event.streamVersion <= current.version) return;
  const levels = new Map<string, number>();
  const queueIds = new Set([current?.queueId, 'queueId' in event.data ? event.data.queueId : undefined].filter((q): q is string => !!q));
  for (const queueId of queueIds) {
    const known = await knownQueue(documents, tenantId, queueId);
    if (!known) documents.put({ tenantId, id: knownQueueId(queueId), kind: 'queue', queueId, serviceLevelSeconds: DEFAULT_SERVICE_LEVEL_SECONDS, version: 0 });
    levels.set(queueId, known?.serviceLevelSeconds ?? DEFAULT_SERVICE_LEVEL_SECONDS);
  }
  const folded = foldWait(current, event, at, (queueId) => levels.get(queueId) ?? DEFAULT_SERVICE_LEVEL_SECONDS);
  const hour = hourOf(at);
  for (const effect of folded.effects) {
    const existing = await documents.get(tenantId, queueBucketId(effect.queueId, hour));
    const bucket = existing?.kind === 'bucket' ? existing : emptyQueueBucket(tenantId, effect.queueId, hour);
    documents.put(addEffect(bucket, effect));
  }
  const next = folded.state;
  if (next) documents.put({ tenantId, id, kind: 'conversation', queueId: next.queueId, waitingSince: next.waitingSince, version: event.streamVersion });
}

export const queuePerformanceProjection = decodingProjection<QueuePerformanceDocument, ConversationEvent | QueueEvent>({
  collection: QUEUE_PERFORMANCE,
  version: 1,
  eventTypes: [...CONVERSATION_EVENT_TYPES, 'QueueConfigured'],
  async apply(event, documents) {
    if (event.type === 'QueueConfigured') await applyQueueEvent(event, documents);
    else await applyConversationEvent(event, documents);
  },
});
