import { conversationStream, NotFound } from '@handoff/domain';
import { ChainReport, EVENT_STORE, EventStore, verifyLog, verifyStream } from '@handoff/event-store';
import { AuditIndexes, auditIndexes, auditPage, AuditQuery } from '@handoff/projections';
import { READ_STORE, ReadStore } from '@handoff/read-store';
import { Inject, Injectable } from '@nestjs/common';
import { AuditEntry, toAuditEntry } from './audit-trail.service';

export interface AuditLogPage {
  entries: AuditEntry[];
  hasNextPage: boolean;
  /** The sortPosition of the page's last entry, to continue below. */
  last: string | null;
}

export interface IntegrityReport {
  ok: boolean;
  streams: number;
  events: number;
  unhashed: number;
  firstBroken: AuditEntry | null;
  checkedAt: string;
}

/**
 * The auditor's search and integrity check. The audit index finds a page's positions; the entries themselves come
 * from the log, read by position, so they read exactly as auditTrail's (and the index holds no names or notes).
 */
@Injectable()
export class AuditLog {
  private readonly indexes: AuditIndexes;

  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore, @Inject(READ_STORE) readStore: ReadStore) {
    this.indexes = auditIndexes(readStore);
  }

  async page(tenantId: string, query: AuditQuery, first: number, before?: string): Promise<AuditLogPage> {
    const page = await auditPage(this.indexes, tenantId, query, { first, before });
    const events = await this.eventStore.readEvents(page.documents.map((row) => BigInt(row.position)));
    return { entries: events.map(toAuditEntry), hasNextPage: page.hasNextPage, last: page.documents.at(-1)?.sortPosition ?? null };
  }

  async verify(tenantId: string, conversationId?: string): Promise<IntegrityReport> {
    const checkedAt = new Date().toISOString();
    const report: ChainReport = conversationId
      ? await verifyStream(this.eventStore, conversationStream(tenantId, conversationId))
      : await verifyLog(this.eventStore, { tenantId });
    if (conversationId && report.events === 0) throw new NotFound('Conversation', conversationId);
    const { ok, streams, events, unhashed, firstBroken } = report;
    return { ok, streams, events, unhashed, firstBroken: firstBroken ? toAuditEntry(firstBroken.event) : null, checkedAt };
  }
}
