import { Actor, checkId } from '@handoff/domain';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuditEntry, AuditTrail } from './audit-trail.service';

@Resolver('AuditEntry')
export class AuditResolver {
  constructor(private readonly auditTrail: AuditTrail) {}

  @Query('auditTrail')
  @Allow('auditTrail')
  auditTrailOf(@Args('conversationId') conversationId: string, @CurrentActor() actor: Actor): Promise<AuditEntry[]> {
    return this.auditTrail.ofConversation(actor.tenantId, checkId('conversationId', conversationId));
  }
}
