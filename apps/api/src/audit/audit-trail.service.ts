import { conversationStream } from '@handoff/domain';
import { EVENT_STORE, EventStore, RecordedEvent, storedForm } from '@handoff/event-store';
import { Inject, Injectable } from '@nestjs/common';

export interface AuditEntry {
  eventId: string;
  type: string;
  at: string;
  actor: { id: string; role: string };
  data: string;
  commandId: string | null;
  correlationId: string | null;
  causationId: string | null;
  position: string;
  streamVersion: number;
  stream: string;
  hash: string | null;
  previousHash: string | null;
}

export function toAuditEntry(event: RecordedEvent): AuditEntry {
  return {
    eventId: event.eventId,
    type: event.type,
    at: event.metadata.occurredAt,
    actor: event.metadata.actor,
    data: JSON.stringify(event.data),
    commandId: event.metadata.commandId ?? null,
    correlationId: event.metadata.correlationId ?? null,
    causationId: event.metadata.causationId ?? null,
    position: event.position.toString(),
    streamVersion: event.streamVersion,
    stream: event.stream,
    hash: event.metadata.hash ?? null,
    previousHash: event.metadata.previousHash ?? null,
  };
}

/** What auditors trust: the conversation's events as stored, read from the event store, not a read model. */
@Injectable()
export class AuditTrail {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  async ofConversation(tenantId: string, conversationId: string): Promise<AuditEntry[]> {
    const stream = conversationStream(tenantId, conversationId);
    try {
      return (await this.eventStore.readStream(stream)).map(toAuditEntry);
    } catch (error) {
      // readStream refuses a stream with a sealed field that no longer opens (a command must not decide on it); the
      // trail still shows every event, that field null, read by position, so an auditor sees what was altered.
      const stored = await storedForm(this.eventStore).readStream(stream).catch(() => Promise.reject(error));
      return (await this.eventStore.readEvents(stored.map((event) => event.position))).map(toAuditEntry);
    }
  }
}
