import { decodeEvent, STREAM_PREFIXES } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { CollectionDefinition } from '@handoff/read-store';
import { Projection, tenantOf } from '../../projection';
import { alreadyApplied, AUDIT_CLOCK_ID, AuditClock, nextClock } from './audit-clock';
import { auditPosition } from './audit-position';

/**
 * A row per event (`agent` '', in AUDIT_INDEX), and one per agent the event concerns (`agent` its id, in
 * AUDIT_AGENTS), each with the fields an auditor filters on. No content: names and notes stay in the log, read by position (`position`) for each page.
 * `atMax` (event rows only) is the latest event time up to this event, so it never decreases along the log; `lateAt`
 * is the event's time when it is earlier than that (a clock behind an earlier event's), null otherwise: together they
 * turn a time range into a position range plus the few late events (see auditTimeWindow).
 */
export interface AuditIndexDocument {
  tenantId: string;
  id: string;
  agent: string;
  sortPosition: string;
  position: string;
  type: string;
  actorId: string;
  conversationId: string | null;
  correlationId: string;
  at: string;
  atMax: string | null;
  lateAt: string | null;
}

const FILTERS = ['actorId', 'conversationId', 'type', 'correlationId'] as const;

const FIELDS: CollectionDefinition<AuditIndexDocument>['fields'] = {
  agent: 'text', sortPosition: 'text', type: 'text', actorId: 'text', conversationId: 'text', correlationId: 'text', at: 'text',
  atMax: 'text', lateAt: 'text',
};

/** One row per event (`agent` ''): every filter's page is a range scan of one index, newest first. */
export const AUDIT_INDEX: CollectionDefinition<AuditIndexDocument> = {
  name: 'audit-index',
  fields: FIELDS,
  indexes: [
    ['agent', 'sortPosition'],
    ...FILTERS.map((field) => ['agent', field, 'sortPosition']),
    ['atMax', 'sortPosition'],
    ['agent', 'lateAt', 'sortPosition'],
  ],
};

/**
 * One row per event and agent it concerns, in a table of its own with only the agent's indexes: an agent's other
 * filters are checked along its rows (an agent's share of the log), so the many rows cost two indexes, not seven.
 */
export const AUDIT_AGENTS: CollectionDefinition<AuditIndexDocument> = {
  name: 'audit-agents',
  fields: FIELDS,
  indexes: [
    ['agent', 'sortPosition'],
    ['agent', 'lateAt', 'sortPosition'],
  ],
};

const CONVERSATION_PREFIX: string = STREAM_PREFIXES[0];
const AGENT_PREFIX: string = STREAM_PREFIXES[1];
const AGENT_FIELDS = ['agentId', 'fromAgentId', 'toAgentId'] as const;

/** The event's data in its current shape when it is a domain event (field names as today), as stored otherwise. */
function currentData(event: RecordedEvent): Record<string, unknown> {
  try {
    return decodeEvent(event).data as Record<string, unknown>;
  } catch {
    return event.data;
  }
}

/** The id after the tenant in a stream name of the given kind, or null. */
function idOf(stream: string, prefix: string): string | null {
  if (!stream.startsWith(prefix)) return null;
  const dot = stream.indexOf('.');
  return dot > 0 ? stream.slice(dot + 1) : null;
}

/**
 * The conversation an event concerns: the one whose stream it is in, else the one its data names (an agent's
 * holding events). The agents: its own stream's, the assignee, offer target, transfer source and target its data
 * names, and the actor when the actor is an agent.
 */
export function auditKeys(event: RecordedEvent): { conversationId: string | null; agents: string[] } {
  const data = currentData(event);
  const named = typeof data.conversationId === 'string' ? data.conversationId : null;
  const agents = new Set<string>();
  const own = idOf(event.stream, AGENT_PREFIX);
  if (own) agents.add(own);
  for (const field of AGENT_FIELDS) if (typeof data[field] === 'string') agents.add(data[field]);
  if (event.metadata.actor.role === 'AGENT') agents.add(event.metadata.actor.id);
  return { conversationId: idOf(event.stream, CONVERSATION_PREFIX) ?? named, agents: [...agents] };
}

/** The event's row, and one per agent it concerns, given the latest event time before it in its tenant's log (null for the first). */
export function auditRows(event: RecordedEvent, latestBefore: string | null): { row: AuditIndexDocument; agentRows: AuditIndexDocument[] } {
  const { conversationId, agents } = auditKeys(event);
  const sortPosition = auditPosition(event.position);
  const at = event.metadata.occurredAt;
  const late = latestBefore !== null && at < latestBefore;
  const row: AuditIndexDocument = {
    tenantId: tenantOf(event),
    id: sortPosition,
    agent: '',
    sortPosition,
    position: event.position.toString(),
    type: event.type,
    actorId: event.metadata.actor.id,
    conversationId,
    correlationId: event.metadata.correlationId,
    at,
    atMax: late ? latestBefore : at,
    lateAt: late ? at : null,
  };
  return { row, agentRows: agents.map((agent) => ({ ...row, id: `${sortPosition}:${agent}`, agent, atMax: null })) };
}

/** Every event type, those of later versions included: the audit index holds the whole log. */
class EveryEventType extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/** A projection of the audit rows into one collection, with its own clock (see AuditClock). */
function auditProjection(
  collection: CollectionDefinition<AuditIndexDocument>,
  rowsOf: (rows: ReturnType<typeof auditRows>) => AuditIndexDocument[],
): Projection<AuditIndexDocument | AuditClock> {
  return {
    name: collection.name,
    version: 2,
    collection,
    eventTypes: new EveryEventType(),
    takesUnreadable: true,
    async apply(event, documents) {
      // An event whose stored form cannot be read has no tenant or actor to index: dead-lettered, as by every projection.
      // One whose sealed note or name no longer opens (altered in the file) is indexed all the same: auditors look for it.
      if (event.unreadable && !event.metadata.tenantId) throw new Error(event.unreadable);
      const tenantId = tenantOf(event);
      const clock = (await documents.get(tenantId, AUDIT_CLOCK_ID)) as AuditClock | null;
      if (alreadyApplied(clock, event.position)) return;
      const rows = auditRows(event, clock?.latestAt ?? null);
      for (const row of rowsOf(rows)) documents.put(row);
      documents.put(nextClock(tenantId, clock, rows.row.atMax as string, event.position));
    },
  };
}

export const auditIndexProjection = auditProjection(AUDIT_INDEX, (rows) => [rows.row]);
export const auditAgentsProjection = auditProjection(AUDIT_AGENTS, (rows) => rows.agentRows);

/** The audit index's read models: build them together. */
export const AUDIT_PROJECTIONS: readonly Projection[] = [auditIndexProjection, auditAgentsProjection];
