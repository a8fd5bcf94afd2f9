import { CollectionDefinition, sortablePosition } from '@handoff/read-store';
import { ConversationEvent, AgentEvent, QueueEvent } from '@handoff/domain';
import { Decoded, decodingProjection, DocumentAccess, Projection, tenantOf } from '../../projection';
import { QUEUE_BOARD_EVENT_TYPES, QueuesDocument } from '../queues/queues.projection';
import { boardEventRecord, BoardEventRecord, recordedFrom } from './board-events';
import { BoardState, foldBoard } from './board-state';

/**
 * Periodic checkpoints of each tenant's queue board, for `queueBoardAt`: it folds from the nearest one instead
 * of from the start of the log. A checkpoint is taken once the tenant's board events since the last one reach
 * the cadence (never fewer than the checkpoint's own documents, so that writing checkpoints stays linear in the
 * log), or an hour of log time after the last one. Until then the events wait in small chunks.
 */
export const BOARD_CHECKPOINT_EVERY = 1000;
const HOUR_MS = 3_600_000;
const CHUNK = 100;

export interface BoardCheckpointDocument {
  tenantId: string;
  id: string;
  kind: 'checkpoint';
  /** The last event folded into it. */
  position: string;
  /** The latest occurredAt among the events folded into it: it shows the board at any instant from then on. */
  upTo: string;
  /** The queues read model's documents at `position` (queues, open conversations, agents' presence): the first part of them. */
  documents: QueuesDocument[];
  /** How many parts the documents come in (this one included), each a document of its own under the stores' size limits. */
  parts: number;
}

/** The rest of a checkpoint's documents, past its first part. */
interface CheckpointPart { tenantId: string; id: string; kind: 'checkpoint-part'; documents: QueuesDocument[] }

const PART = 5000;
const partId = (checkpointId: string, index: number): string => `${checkpointId}:part:${index}`;
/** The ids of a checkpoint's further parts, in order. */
export const checkpointPartIds = (checkpoint: BoardCheckpointDocument): string[] =>
  Array.from({ length: checkpoint.parts - 1 }, (_, index) => partId(checkpoint.id, index + 1));

function putCheckpoint(documents: Access, checkpoint: Omit<BoardCheckpointDocument, 'documents' | 'parts'>, all: QueuesDocument[]): void {
  const parts = Math.max(1, Math.ceil(all.length / PART));
  documents.put({ ...checkpoint, documents: all.slice(0, PART), parts });
  for (let index = 1; index < parts; index++) {
    documents.put({ tenantId: checkpoint.tenantId, id: partId(checkpoint.id, index), kind: 'checkpoint-part', documents: all.slice(index * PART, (index + 1) * PART) });
  }
}

interface PendingChunk { tenantId: string; id: string; kind: 'pending'; events: BoardEventRecord[] }

interface CheckpointHead {
  tenantId: string;
  id: 'head';
  kind: 'head';
  /** Position of the last event taken: one delivered again is skipped. */
  position: string;
  upTo: string;
  pending: number;
  lastCheckpointId: string | null;
  lastCheckpointSize: number;
  /** When the events now pending began to be collected (log time). */
  since: string;
}

export type BoardCheckpointsDocument = BoardCheckpointDocument | CheckpointPart | PendingChunk | CheckpointHead;
type Access = DocumentAccess<BoardCheckpointsDocument>;

export const BOARD_CHECKPOINTS: CollectionDefinition<BoardCheckpointsDocument> = {
  name: 'board-checkpoints',
  fields: { kind: 'text', upTo: 'text' },
  indexes: [['kind', 'upTo']],
};

const chunkId = (index: number): string => `pending:${index}`;
const checkpointId = (position: bigint): string => `checkpoint:${sortablePosition(position)}`;
const later = (a: string, b: string): string => (a > b ? a : b);

async function getOf<K extends BoardCheckpointsDocument['kind']>(
  documents: Access, tenantId: string, id: string, kind: K,
): Promise<Extract<BoardCheckpointsDocument, { kind: K }> | null> {
  const document = await documents.get(tenantId, id);
  return document && document.kind === kind ? (document as Extract<BoardCheckpointsDocument, { kind: K }>) : null;
}

function isDue(head: CheckpointHead, occurredAt: string, every: number): boolean {
  return head.pending >= Math.max(every, head.lastCheckpointSize) || Date.parse(occurredAt) - Date.parse(head.since) >= HOUR_MS;
}

/** The board a checkpoint holds, all its parts put together. */
async function boardOf(documents: Access, tenantId: string, id: string): Promise<BoardState> {
  const checkpoint = await getOf(documents, tenantId, id, 'checkpoint');
  const board = new BoardState(checkpoint?.documents ?? []);
  for (const partId of checkpoint ? checkpointPartIds(checkpoint) : []) {
    const part = await getOf(documents, tenantId, partId, 'checkpoint-part');
    part?.documents.forEach((document) => board.put(document));
  }
  return board;
}

/** Folds the pending chunks into the last checkpoint and writes the result as the next one. */
async function takeCheckpoint(documents: Access, head: CheckpointHead, event: Decoded): Promise<CheckpointHead> {
  const { tenantId } = head;
  const board = head.lastCheckpointId ? await boardOf(documents, tenantId, head.lastCheckpointId) : new BoardState();
  for (let index = 0; index * CHUNK < head.pending; index++) {
    const chunk = await getOf(documents, tenantId, chunkId(index), 'pending');
    for (const record of chunk?.events ?? []) await foldBoard(board, recordedFrom(record, tenantId));
    documents.delete(tenantId, chunkId(index));
  }
  const id = checkpointId(event.position);
  putCheckpoint(documents, { tenantId, id, kind: 'checkpoint', position: event.position.toString(), upTo: head.upTo }, board.all());
  return { ...head, pending: 0, lastCheckpointId: id, lastCheckpointSize: board.size, since: event.metadata.occurredAt };
}

async function take(event: Decoded, documents: Access, every: number): Promise<void> {
  const tenantId = tenantOf(event);
  const occurredAt = event.metadata.occurredAt;
  const head: CheckpointHead = (await getOf(documents, tenantId, 'head', 'head')) ?? {
    tenantId, id: 'head', kind: 'head', position: '0', upTo: occurredAt, pending: 0, lastCheckpointId: null, lastCheckpointSize: 0, since: occurredAt,
  };
  if (BigInt(head.position) >= event.position) return;
  const index = Math.floor(head.pending / CHUNK);
  const chunk = (await getOf(documents, tenantId, chunkId(index), 'pending')) ?? { tenantId, id: chunkId(index), kind: 'pending', events: [] };
  documents.put({ ...chunk, events: [...chunk.events, boardEventRecord(event)] });
  const taken = { ...head, position: event.position.toString(), upTo: later(head.upTo, occurredAt), pending: head.pending + 1 };
  documents.put(isDue(taken, occurredAt, every) ? await takeCheckpoint(documents, taken, event) : taken);
}

/** The projection with a cadence of its own (tests take checkpoints often). */
export function boardCheckpointsProjectionEvery(every: number): Projection<BoardCheckpointsDocument> {
  return decodingProjection({
    collection: BOARD_CHECKPOINTS,
    version: 1,
    eventTypes: QUEUE_BOARD_EVENT_TYPES,
    apply: (event: Decoded<ConversationEvent | AgentEvent | QueueEvent>, documents: Access) => take(event, documents, every),
  });
}

export const boardCheckpointsProjection = boardCheckpointsProjectionEvery(BOARD_CHECKPOINT_EVERY);
