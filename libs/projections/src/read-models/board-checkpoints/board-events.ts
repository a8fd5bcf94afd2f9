import { SCHEMA_VERSION } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { Decoded } from '../../projection';

/**
 * An event kept until the next checkpoint folds it: only what the queues projection reads of it. Contact
 * names and notes are left out (this read model holds no personal data).
 */
export interface BoardEventRecord {
  type: string;
  data: Record<string, unknown>;
  occurredAt: string;
  position: string;
  streamVersion: number;
}

/** The data fields the queues projection reads (see queues.projection.ts); everything else is dropped. */
const BOARD_FIELDS = ['conversationId', 'queueId', 'agentId', 'queueIds', 'status', 'routing', 'maxWaitSeconds'] as const;

export function boardEventRecord(event: Decoded): BoardEventRecord {
  const data: Record<string, unknown> = {};
  const source = event.data as Record<string, unknown>;
  for (const field of BOARD_FIELDS) if (field in source) data[field] = source[field];
  return { type: event.type, data, occurredAt: event.metadata.occurredAt, position: event.position.toString(), streamVersion: event.streamVersion };
}

/** The record as an event the queues projection takes (already in the current shape: no upcasting). */
export function recordedFrom(record: BoardEventRecord, tenantId: string): RecordedEvent {
  return {
    eventId: '',
    stream: '',
    type: record.type,
    data: record.data,
    streamVersion: record.streamVersion,
    position: BigInt(record.position),
    metadata: {
      tenantId, occurredAt: record.occurredAt, actor: { id: '', role: 'SYSTEM' }, commandId: '', correlationId: '', causationId: '', schemaVersion: SCHEMA_VERSION,
    },
  };
}
