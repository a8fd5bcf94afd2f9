import { RecordedEvent } from '@handoff/event-store';
import { Projection } from '../projection';
import { seededRandom } from './event-generator';
import { MemoryDocuments, project } from './memory-documents';

/** Projections are safe to run twice: the log again, batches again, each event twice in a row all build the same read model. */
export function describeRunTwice(projections: readonly Projection[], log: readonly RecordedEvent[]): void {
  describe.each(projections.map((projection) => [projection.name, projection] as const))('%s projection', (_, projection) => {
    let once: string;

    beforeAll(async () => {
      once = (await project(projection, log)).snapshot();
    });

    it('builds the same read model when the whole log is applied a second time', async () => {
      const documents = await project(projection, log);

      expect((await project(projection, log, documents)).snapshot()).toBe(once);
    });

    it('builds the same read model when a batch already applied is applied again', async () => {
      const random = seededRandom(11);
      const documents = new MemoryDocuments();
      let applied = 0;
      while (applied < log.length) {
        const end = Math.min(log.length, applied + 1 + Math.floor(random() * 400));
        const redelivered = Math.floor(random() * (end - applied + 1));
        await project(projection, log.slice(applied, end), documents);
        await project(projection, log.slice(end - redelivered, end), documents);
        applied = end;
      }

      expect(documents.snapshot()).toBe(once);
    });

    it('builds the same read model when each event is delivered twice in a row', async () => {
      const doubled = log.flatMap((event) => [event, event]);

      expect((await project(projection, doubled)).snapshot()).toBe(once);
    });
  });
}
