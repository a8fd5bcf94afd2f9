import { BadInput, SYSTEM_ACTOR_ID } from '@handoff/domain';
import { Collection, collection, Condition, Page, ReadStore } from '@handoff/read-store';
import { AUDIT_AGENTS, AUDIT_INDEX, AuditIndexDocument } from './audit-index.projection';
import { auditTimeWindow } from './audit-time-window';

/** An auditor's filter, checked: ids well-formed, times ISO instants, from < to. */
export interface AuditQuery {
  actorId?: string;
  conversationId?: string;
  agentId?: string;
  types?: readonly string[];
  correlationId?: string;
  /** Inclusive, ISO 8601 UTC. */
  from?: string;
  /** Exclusive. */
  to?: string;
}

/** "SYSTEM" names handoff's own actor (routing, timers), recorded as the reserved id `system`. */
export const SYSTEM_ACTOR_ALIAS = 'SYSTEM';

/** The audit index's two collections: a row per event, and a row per event and agent. */
export interface AuditIndexes {
  events: Collection<AuditIndexDocument>;
  agents: Collection<AuditIndexDocument>;
}

export function auditIndexes(store: ReadStore): AuditIndexes {
  return { events: collection(store, AUDIT_INDEX), agents: collection(store, AUDIT_AGENTS) };
}

/** The filter's conditions but its time range (see auditPage). */
export function auditConditions(query: AuditQuery): Condition[] {
  const where: Condition[] = [{ field: 'agent', eq: query.agentId ?? '' }];
  if (query.actorId) where.push({ field: 'actorId', eq: query.actorId === SYSTEM_ACTOR_ALIAS ? SYSTEM_ACTOR_ID : query.actorId });
  if (query.conversationId) where.push({ field: 'conversationId', eq: query.conversationId });
  if (query.correlationId) where.push({ field: 'correlationId', eq: query.correlationId });
  if (query.types) where.push(query.types.length === 1 ? { field: 'type', eq: query.types[0] } : { field: 'type', in: [...query.types] });
  return where;
}

/**
 * Newest first by log position. The page continues below the last row's position (`before`, a sortPosition): a
 * plain range over the filter's index, so a page costs the same however deep, and events appended meanwhile (all
 * above) neither shift nor repeat it. A time range (from inclusive, to exclusive, on the event's time) is first turned
 * into positions (auditTimeWindow): the late events at or above `lateFrom` (all later in the log than the rest of the
 * window, so they come first), then the rows between `lowest` and `lateFrom`, each a bounded range scan.
 */
export async function auditPage(
  indexes: AuditIndexes,
  tenantId: string,
  query: AuditQuery,
  page: { first: number; before?: string },
): Promise<Page<AuditIndexDocument>> {
  const where = auditConditions(query);
  const index = query.agentId ? indexes.agents : indexes.events;
  if (!query.from && !query.to) return rangePage(index, tenantId, where, page.first, page.before);
  // The window is the event rows' (every event has one); the agents' rows share their positions and times.
  const window = await auditTimeWindow(indexes.events, tenantId, query.from, query.to);
  if (window === null) return { documents: [], hasNextPage: false, endCursor: null, totalCount: -1 };
  const late = window.lateFrom === null ? null : await latePage(index, tenantId, [...where, ...timeRange('lateAt', query)], window.lateFrom, page);
  if (late?.hasNextPage) return late;
  const found = late?.documents ?? [];
  const rest = [...where, ...timeRange('at', query), ...(window.lowest ? [{ field: 'sortPosition', gte: window.lowest }] : [])];
  const below = window.lateFrom !== null && (page.before === undefined || window.lateFrom < page.before) ? window.lateFrom : page.before;
  const earlier = await rangePage(index, tenantId, rest, page.first - found.length, below);
  return { ...earlier, documents: [...found, ...earlier.documents] };
}

function rangePage(
  index: Collection<AuditIndexDocument>,
  tenantId: string,
  where: Condition[],
  first: number,
  before: string | undefined,
): Promise<Page<AuditIndexDocument>> {
  const bounded = before ? [...where, { field: 'sortPosition', lt: before }] : where;
  return index.find({ tenantId, where: bounded, orderBy: [{ field: 'sortPosition', direction: 'desc' }], first, withTotalCount: false });
}

/** Late events are few: read those of the range by the lateAt index, without the position bounds that would lead a planner to scan by position. */
const FEW_LATE = 1000;

/** The page's late events at or above `lateFrom`: found among all of the range's when they are few, by a position range otherwise. */
async function latePage(
  index: Collection<AuditIndexDocument>,
  tenantId: string,
  where: Condition[],
  lateFrom: string,
  page: { first: number; before?: string },
): Promise<Page<AuditIndexDocument>> {
  const all = await rangePage(index, tenantId, where, FEW_LATE, undefined);
  if (all.hasNextPage) return rangePage(index, tenantId, [...where, { field: 'sortPosition', gte: lateFrom }], page.first, page.before);
  const { before } = page;
  const inPage = all.documents.filter((row) => row.sortPosition >= lateFrom && (before === undefined || row.sortPosition < before));
  return { documents: inPage.slice(0, page.first), hasNextPage: inPage.length > page.first, endCursor: null, totalCount: -1 };
}

function timeRange(field: 'at' | 'lateAt', query: AuditQuery): Condition[] {
  const range: Condition[] = [];
  if (query.from) range.push({ field, gte: query.from });
  if (query.to) range.push({ field, lt: query.to });
  return range;
}

export function checkTimeRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from >= to) throw new BadInput('filter.from', 'must be before filter.to');
}
