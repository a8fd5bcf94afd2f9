import { RecordedEvent } from '@handoff/event-store';
import { ReadStore } from '@handoff/read-store';
import { BatchDocuments, DocumentLoadError } from './batch-documents';
import { ProjectorLogger, Target } from './projector.types';

interface AppliedEvents {
  documents: BatchDocuments;
  poisoned: Array<{ event: RecordedEvent; error: unknown }>;
}

/**
 * Applies a batch of events to each target generation and commits its documents with its checkpoint. An event a
 * projection cannot apply, or cannot even read, is dead-lettered (its writes discarded) and the projection goes
 * on past it; a failure to load documents is the store's, not the event's, and fails the batch so that it is retried.
 *
 * A commit the store refuses is told apart from a store that is down by a write known to be good: an empty commit
 * at the checkpoint already stored. When that fails too, the store (or the lease) is the problem and the batch fails,
 * to be retried from the stored checkpoint. When it succeeds, the events are committed one by one, and an event
 * whose own commit fails twice around a good one is dead-lettered: the store refuses its documents (too large, a
 * value that cannot be indexed).
 */
export class BatchApplier {
  private count = 0;

  constructor(
    private readonly readStore: ReadStore,
    private readonly owner: string,
    private readonly logger: ProjectorLogger,
    private readonly now?: () => Date,
  ) {}

  get deadLettered(): number {
    return this.count;
  }

  async apply(targets: readonly Target[], events: readonly RecordedEvent[]): Promise<void> {
    for (const target of targets) {
      const pending = events.filter((event) => event.position > target.checkpoint);
      if (pending.length === 0) continue;
      const batch = await this.applyEvents(target, pending);
      // Recorded before the commit that moves past them: a crash in between re-applies the events, never loses them.
      for (const { event, error } of batch.poisoned) await this.record(target, event, error);
      const last = pending[pending.length - 1].position;
      try {
        await this.commit(target, batch.documents, last);
      } catch (error) {
        await this.commitOneByOne(target, pending, new Set(batch.poisoned.map((p) => p.event)), error);
      }
    }
  }

  private async applyEvents(target: Target, events: readonly RecordedEvent[]): Promise<AppliedEvents> {
    const { projection } = target;
    const documents = new BatchDocuments(this.readStore, projection.name, target.generation, target.recent);
    const poisoned: AppliedEvents['poisoned'] = [];
    for (const event of events) {
      if (!projection.eventTypes.has(event.type)) continue;
      try {
        if (event.unreadable && !projection.takesUnreadable) throw new Error(event.unreadable);
        await projection.apply(event, documents);
        documents.keepEvent();
      } catch (error) {
        if (error instanceof DocumentLoadError) throw error;
        documents.discardEvent();
        poisoned.push({ event, error });
      }
    }
    return { documents, poisoned };
  }

  private async commitOneByOne(target: Target, pending: readonly RecordedEvent[], recorded: Set<RecordedEvent>, failure: unknown): Promise<void> {
    await this.probe(target, failure);
    this.logger.warn(`projection ${target.projection.name}: the read store refused a batch (${message(failure)}); committing its events one by one`);
    for (const event of pending) {
      if (!target.projection.eventTypes.has(event.type) || recorded.has(event)) continue;
      const single = await this.applyEvents(target, [event]);
      for (const { error } of single.poisoned) await this.record(target, event, error);
      if (single.poisoned.length) continue;
      try {
        await this.commit(target, single.documents, event.position);
      } catch (first) {
        await this.probe(target, first);
        await this.commit(target, single.documents, event.position).catch(async (second: unknown) => {
          await this.probe(target, second);
          await this.record(target, event, new Error(`the read store refused its documents: ${message(second)}`));
        });
      }
    }
    const last = pending[pending.length - 1].position;
    if (target.checkpoint < last) await this.commit(target, new BatchDocuments(this.readStore, target.projection.name, target.generation), last);
  }

  /** The known-good write: nothing, at the stored checkpoint. When even that fails, `failure` was not the events'. */
  private async probe(target: Target, failure: unknown): Promise<void> {
    try {
      await this.readStore.commit({
        projection: target.projection.name, generation: target.generation, checkpoint: target.checkpoint.toString(), writes: [], owner: this.owner,
      });
    } catch {
      throw failure;
    }
  }

  private async commit(target: Target, documents: BatchDocuments, checkpoint: bigint): Promise<void> {
    await this.readStore.commit({
      projection: target.projection.name,
      generation: target.generation,
      checkpoint: checkpoint.toString(),
      writes: documents.writes(),
      owner: this.owner,
    });
    target.checkpoint = checkpoint;
    target.recent.remember(documents.state);
  }

  private async record(target: Target, event: RecordedEvent, error: unknown): Promise<void> {
    const projection = target.projection.name;
    this.count++;
    this.logger.error(`projection ${projection} could not apply ${event.type} at ${event.position}: ${message(error)}`);
    await this.readStore.recordDeadLetter({
      projection,
      position: event.position.toString(),
      eventId: event.eventId,
      eventType: event.type,
      error: message(error),
      failedAt: (this.now?.() ?? new Date()).toISOString(),
    });
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
