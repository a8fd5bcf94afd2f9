import { RecordedEvent } from '@handoff/event-store';
import { ReadStore } from '@handoff/read-store';
import { BatchDocuments, DocumentLoadError } from './batch-documents';
import { ProjectorLogger, Target } from './projector.types';

/**
 * Applies a batch of events to each target generation and commits its documents with its checkpoint. An event a
 * projection cannot apply is dead-lettered (its writes discarded) and the projection goes on past it; a failure
 * to load documents is the store's, not the event's, and fails the batch so that it is retried.
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
      const { projection } = target;
      const documents = new BatchDocuments(this.readStore, projection.name, target.generation, target.recent);
      const poisoned: Array<{ event: RecordedEvent; error: unknown }> = [];
      for (const event of pending) {
        if (!projection.eventTypes.has(event.type)) continue;
        try {
          await projection.apply(event, documents);
          documents.keepEvent();
        } catch (error) {
          if (error instanceof DocumentLoadError) throw error;
          documents.discardEvent();
          poisoned.push({ event, error });
        }
      }
      // Recorded before the commit that moves past them: a crash in between re-applies the events, never loses them.
      for (const { event, error } of poisoned) await this.record(projection.name, event, error);
      const checkpoint = pending[pending.length - 1].position;
      await this.readStore.commit({
        projection: projection.name,
        generation: target.generation,
        checkpoint: checkpoint.toString(),
        writes: documents.writes(),
        owner: this.owner,
      });
      target.checkpoint = checkpoint;
      target.recent.remember(documents.state);
    }
  }

  private async record(projection: string, event: RecordedEvent, error: unknown): Promise<void> {
    this.count++;
    const message = error instanceof Error ? error.message : String(error);
    this.logger.error(`projection ${projection} could not apply ${event.type} at ${event.position}: ${message}`);
    await this.readStore.recordDeadLetter({
      projection,
      position: event.position.toString(),
      eventId: event.eventId,
      eventType: event.type,
      error: message,
      failedAt: (this.now?.() ?? new Date()).toISOString(),
    });
  }
}
