import { Actor, BadInput, checkId, checkOptionalId, checkPageSize } from '@handoff/domain';
import { AuditQuery } from '@handoff/projections';
import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CursorSigner } from '../graphql/cursor-signer';
import { parseDateTime } from '../graphql/date-time.scalar';
import { CURSOR_SIGNER } from '../infrastructure/tokens';
import { AuditLog, IntegrityReport } from './audit-log.service';
import { AuditEntry } from './audit-trail.service';

interface AuditFilterInput {
  actorId?: string | null;
  conversationId?: string | null;
  agentId?: string | null;
  types?: string[] | null;
  correlationId?: string | null;
  from?: string | null;
  to?: string | null;
}

const MAX_TYPES = 50;

/** The filter checked field by field (BAD_USER_INPUT naming it) before anything is read. */
export function auditQuery(filter: AuditFilterInput | null | undefined): AuditQuery {
  const query: AuditQuery = {
    actorId: checkOptionalId('filter.actorId', filter?.actorId),
    conversationId: checkOptionalId('filter.conversationId', filter?.conversationId),
    agentId: checkOptionalId('filter.agentId', filter?.agentId),
    correlationId: checkOptionalId('filter.correlationId', filter?.correlationId),
    from: filter?.from != null ? parseDateTime('filter.from', filter.from) : undefined,
    to: filter?.to != null ? parseDateTime('filter.to', filter.to) : undefined,
  };
  if (filter?.types != null) {
    if (filter.types.length === 0 || filter.types.length > MAX_TYPES) throw new BadInput('filter.types', `must name 1–${MAX_TYPES} event types`);
    query.types = [...new Set(filter.types.map((type) => checkId('filter.types', type)))];
  }
  if (query.from && query.to && query.from >= query.to) throw new BadInput('filter.from', 'must be before filter.to');
  return query;
}

interface AuditConnection {
  nodes: AuditEntry[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

@Resolver()
export class AuditLogResolver {
  constructor(private readonly auditLog: AuditLog, @Inject(CURSOR_SIGNER) private readonly cursors: CursorSigner) {}

  @Query('auditLog')
  @Allow('auditLog')
  async search(
    @Args('filter') filter: AuditFilterInput | null,
    @Args('first') first: number | null,
    @Args('after') after: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<AuditConnection> {
    const query = auditQuery(filter);
    const size = checkPageSize('first', first ?? 50);
    const cursors = this.cursors.scope({ tenantId: actor.tenantId, query: 'auditLog', shape: query });
    const before = typeof after === 'string' && after.length > 0 ? cursors.open(after) : undefined;
    const page = await this.auditLog.page(actor.tenantId, query, size, before);
    return { nodes: page.entries, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.last === null ? null : cursors.seal(page.last) } };
  }

  @Query('verifyIntegrity')
  @Allow('verifyIntegrity')
  verifyIntegrity(@Args('conversationId') conversationId: string | null, @CurrentActor() actor: Actor): Promise<IntegrityReport> {
    return this.auditLog.verify(actor.tenantId, checkOptionalId('conversationId', conversationId));
  }
}
