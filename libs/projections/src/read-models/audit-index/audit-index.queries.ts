import { BadInput, SYSTEM_ACTOR_ID } from '@handoff/domain';
import { Collection, Condition, Page } from '@handoff/read-store';
import { AuditIndexDocument } from './audit-index.projection';

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

export function auditConditions(query: AuditQuery): Condition[] {
  const where: Condition[] = [{ field: 'agent', eq: query.agentId ?? '' }];
  if (query.actorId) where.push({ field: 'actorId', eq: query.actorId === SYSTEM_ACTOR_ALIAS ? SYSTEM_ACTOR_ID : query.actorId });
  if (query.conversationId) where.push({ field: 'conversationId', eq: query.conversationId });
  if (query.correlationId) where.push({ field: 'correlationId', eq: query.correlationId });
  if (query.types) where.push(query.types.length === 1 ? { field: 'type', eq: query.types[0] } : { field: 'type', in: [...query.types] });
  if (query.from) where.push({ field: 'at', gte: query.from });
  if (query.to) where.push({ field: 'at', lt: query.to });
  return where;
}

/**
 * Newest first by log position. The page continues below the last row's position (`before`, a sortPosition): a
 * plain range over the filter's index, so a page costs the same however deep, and events appended meanwhile (all
 * above) neither shift nor repeat it.
 */
export async function auditPage(
  index: Collection<AuditIndexDocument>,
  tenantId: string,
  page: { where: Condition[]; first: number; before?: string },
): Promise<Page<AuditIndexDocument>> {
  const where = page.before ? [...page.where, { field: 'sortPosition', lt: page.before }] : page.where;
  return index.find({ tenantId, where, orderBy: [{ field: 'sortPosition', direction: 'desc' }], first: page.first, withTotalCount: false });
}

export function checkTimeRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from >= to) throw new BadInput('filter.from', 'must be before filter.to');
}
