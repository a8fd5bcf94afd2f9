import { RecordedEvent } from '@handoff/event-store';
import { DeadLetter, DocumentWrite, ReadStore } from '@handoff/read-store';
import { BatchDocuments } from './batch-documents';
import { Target } from './projector.types';

/**
 * What retrying one dead letter did. `applied`: its documents changed and are committed. `skipped`: it applied
 * cleanly but changed nothing, because the projection has moved past it (later events of the same documents are
 * applied, and a projection ignores what its documents already show); only a rebuild applies it in order.
 * `failed`: it still cannot be applied (or read, or stored) and stays a dead letter.
 */
export type RetryOutcome = 'applied' | 'skipped' | 'failed';

export interface RetriedLetter {
  projection: string;
  position: string;
  outcome: RetryOutcome;
  /** Why it was skipped or failed. */
  reason?: string;
}

export interface RetryReport {
  applied: number;
  skipped: number;
  failed: number;
  /** Dead letters left after the retry (of the projection asked for, or all). */
  remaining: number;
  letters: RetriedLetter[];
}

export const SKIPPED_REASON = 'applied nothing: the projection had already moved past it';

/** Applies one dead-lettered event again to the serving generation `target`, committing only what it changes. */
export async function retryDeadLetter(readStore: ReadStore, owner: string, target: Target, letter: DeadLetter, event: RecordedEvent): Promise<RetriedLetter> {
  const result = (outcome: RetryOutcome, reason?: string): RetriedLetter => ({ projection: letter.projection, position: letter.position, outcome, ...(reason ? { reason } : {}) });
  if (event.unreadable) return result('failed', event.unreadable);
  const documents = new BatchDocuments(readStore, target.projection.name, target.generation, target.recent);
  try {
    await target.projection.apply(event, documents);
  } catch (error) {
    return result('failed', error instanceof Error ? error.message : String(error));
  }
  documents.keepEvent();
  const writes = await changingWrites(readStore, target, documents.writes());
  if (writes.length === 0) return result('skipped', SKIPPED_REASON);
  try {
    await readStore.commit({ projection: target.projection.name, generation: target.generation, checkpoint: target.checkpoint.toString(), writes, owner });
  } catch (error) {
    return result('failed', `the read store refused its documents: ${error instanceof Error ? error.message : String(error)}`);
  }
  target.recent.remember(documents.state);
  return result('applied');
}

/** The writes that change what the generation stores (a put of the same document, a delete of a missing one do not). */
async function changingWrites(readStore: ReadStore, target: Target, writes: readonly DocumentWrite[]): Promise<DocumentWrite[]> {
  const changing: DocumentWrite[] = [];
  for (const write of writes) {
    const [tenantId, id] = write.kind === 'put' ? [write.document.tenantId, write.document.id] : [write.tenantId, write.id];
    const [stored] = await readStore.load(target.projection.name, target.generation, tenantId, [id]);
    const wanted = write.kind === 'put' ? JSON.stringify(write.document) : undefined;
    if (JSON.stringify(stored) !== wanted) changing.push(write);
  }
  return changing;
}

export function summarize(letters: RetriedLetter[], remaining: number): RetryReport {
  const count = (outcome: RetryOutcome): number => letters.filter((l) => l.outcome === outcome).length;
  return { applied: count('applied'), skipped: count('skipped'), failed: count('failed'), remaining, letters };
}
