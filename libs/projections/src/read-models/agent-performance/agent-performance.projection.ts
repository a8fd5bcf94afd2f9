import { ConversationEvent, CONVERSATION_EVENT_TYPES } from '@handoff/domain';
import { CollectionDefinition } from '@handoff/read-store';
import { Decoded, decodingProjection, DocumentAccess, tenantOf } from '../../projection';

/**
 * Hourly UTC buckets per agent, with the definitions of the contract's AgentPerformance, so any [from, to)
 * range of whole hours is a sum of buckets. Each conversation's current assignment (who, since when) and queue
 * entry are kept as documents of kind 'conversation' to measure handle and wait times; their stream version
 * tells an event delivered twice, whose counts must not be added again, so they outlive the close.
 */
export interface PerformanceBucketDocument {
  tenantId: string;
  id: string;
  kind: 'bucket';
  agentId: string;
  /** Start of the UTC hour, ISO 8601. */
  hour: string;
  assignments: number;
  transfersIn: number;
  transfersOut: number;
  unassignments: number;
  closed: number;
  handleSecondsSum: number;
  handleCount: number;
  waitSecondsSum: number;
  waitCount: number;
  transfersOutByReason: Record<string, number>;
}

interface ConversationTimingDocument {
  tenantId: string;
  id: string;
  kind: 'conversation';
  agentId: string | null;
  assignedAt: string | null;
  waitingSince: string | null;
  /** Stream version of the last event applied. */
  version: number;
}

/** The collection's documents, told apart by `kind`. */
export type AgentPerformanceDocument = PerformanceBucketDocument | ConversationTimingDocument;
type PerformanceAccess = DocumentAccess<AgentPerformanceDocument>;

export const AGENT_PERFORMANCE: CollectionDefinition<AgentPerformanceDocument> = {
  name: 'agent-performance',
  fields: { kind: 'text', agentId: 'text', hour: 'text' },
  indexes: [['kind', 'agentId', 'hour'], ['kind', 'hour']],
};

export const isBucket = (document: AgentPerformanceDocument): document is PerformanceBucketDocument => document.kind === 'bucket';
const isTiming = (document: AgentPerformanceDocument): document is ConversationTimingDocument => document.kind === 'conversation';

type Counter = 'assignments' | 'transfersIn' | 'transfersOut' | 'unassignments' | 'closed';

const HOUR_MS = 3_600_000;

export function hourOf(iso: string): string {
  const ms = Date.parse(iso);
  return new Date(ms - (((ms % HOUR_MS) + HOUR_MS) % HOUR_MS)).toISOString();
}

export const bucketId = (agentId: string, hour: string): string => `bucket:${agentId}:${hour}`;
const timingId = (conversationId: string): string => `conversation:${conversationId}`;

function secondsBetween(fromIso: string, toIso: string): number {
  return Math.max(0, (Date.parse(toIso) - Date.parse(fromIso)) / 1000);
}

class Buckets {
  constructor(private readonly documents: PerformanceAccess, private readonly tenantId: string, private readonly at: string) {}

  async update(agentId: string, change: (bucket: PerformanceBucketDocument) => void): Promise<void> {
    const hour = hourOf(this.at);
    const id = bucketId(agentId, hour);
    const existing = await this.documents.get(this.tenantId, id);
    const bucket: PerformanceBucketDocument = existing && isBucket(existing)
      ? { ...existing, transfersOutByReason: { ...existing.transfersOutByReason } }
      : {
          tenantId: this.tenantId, id, kind: 'bucket', agentId, hour,
          assignments: 0, transfersIn: 0, transfersOut: 0, unassignments: 0, closed: 0,
          handleSecondsSum: 0, handleCount: 0, waitSecondsSum: 0, waitCount: 0, transfersOutByReason: {},
        };
    change(bucket);
    this.documents.put(bucket);
  }

  count(agentId: string, ...counters: Counter[]): Promise<void> {
    return this.update(agentId, (bucket) => counters.forEach((counter) => (bucket[counter] += 1)));
  }

  /** An assignment period of the agent ended now (how says `counter`): its length counts in this hour. */
  endPeriod(agentId: string, assignedAt: string | null | undefined, counter: Counter, also?: (bucket: PerformanceBucketDocument) => void): Promise<void> {
    return this.update(agentId, (bucket) => {
      bucket[counter] += 1;
      if (assignedAt) {
        bucket.handleSecondsSum += secondsBetween(assignedAt, this.at);
        bucket.handleCount += 1;
      }
      also?.(bucket);
    });
  }
}

async function apply(event: Decoded<ConversationEvent>, documents: PerformanceAccess): Promise<void> {
  const tenantId = tenantOf(event);
  const at = event.metadata.occurredAt;
  const id = timingId(event.data.conversationId);
  const stored = await documents.get(tenantId, id);
  const timing = stored && isTiming(stored) ? stored : null;
  if (timing && event.streamVersion <= timing.version) return;
  const buckets = new Buckets(documents, tenantId, at);
  const save = (next: Partial<ConversationTimingDocument>): void =>
    documents.put({
      tenantId, id, kind: 'conversation', agentId: null, assignedAt: null, waitingSince: null,
      ...timing, ...next, version: event.streamVersion,
    });

  switch (event.type) {
    case 'ConversationOpened':
      save({ waitingSince: at });
      return;
    case 'ConversationAssigned': {
      const agentId = event.data.agentId;
      await buckets.update(agentId, (bucket) => {
        bucket.assignments += 1;
        if (timing?.waitingSince) {
          bucket.waitSecondsSum += secondsBetween(timing.waitingSince, at);
          bucket.waitCount += 1;
        }
      });
      save({ agentId, assignedAt: at, waitingSince: null });
      return;
    }
    case 'ConversationUnassigned':
      await buckets.endPeriod(event.data.agentId, timing?.assignedAt, 'unassignments');
      save({ agentId: null, assignedAt: null, waitingSince: at });
      return;
    case 'ConversationTransferred': {
      const { fromAgentId, toAgentId, reasonId } = event.data;
      await buckets.endPeriod(fromAgentId, timing?.assignedAt, 'transfersOut', (bucket) => {
        bucket.transfersOutByReason[reasonId] = (bucket.transfersOutByReason[reasonId] ?? 0) + 1;
      });
      await buckets.count(toAgentId, 'transfersIn', 'assignments');
      save({ agentId: toAgentId, assignedAt: at, waitingSince: null });
      return;
    }
    case 'ConversationClosed':
      if (event.data.agentId) await buckets.endPeriod(event.data.agentId, timing?.assignedAt, 'closed');
      save({ agentId: null, assignedAt: null, waitingSince: null });
      return;
    default:
      return;
  }
}

export const agentPerformanceProjection = decodingProjection({
  collection: AGENT_PERFORMANCE,
  version: 2,
  eventTypes: CONVERSATION_EVENT_TYPES,
  apply,
});
