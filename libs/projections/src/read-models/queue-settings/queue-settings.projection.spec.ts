import { collection } from '@handoff/read-store';
import { project } from '../../testing/memory-documents';
import { caughtUp, SqliteFiles } from '../../testing/read-model-fixture';
import { EventLog, toNewEvent } from '../../testing/recorded';
import { QUEUE_SETTINGS, QueueSettingsDocument, queueSettingsProjection } from './queue-settings.projection';
import { configuredQueues, queueSettingsOf } from './queue-settings.queries';

const auto = { queueId: 'sales', routing: 'AUTO', offerTimeoutSeconds: 20, serviceLevelSeconds: 90 } as const;

describe('queue-settings projection', () => {
  it('shows the settings a queue was last configured with, limits it has none of as null', async () => {
    const log = new EventLog();
    log.add('QueueConfigured', { ...auto, name: 'Sales', maxWaitSeconds: 120, returnAfterSeconds: 300 });
    log.add('QueueConfigured', { ...auto, routing: 'MANUAL' });

    const documents = await project(queueSettingsProjection, log.events);

    expect(documents.find<QueueSettingsDocument>('acme', 'sales')).toEqual({
      tenantId: 'acme', id: 'sales', queueId: 'sales', name: null, routing: 'MANUAL', offerTimeoutSeconds: 20,
      maxWaitSeconds: null, returnAfterSeconds: null, serviceLevelSeconds: 90, version: 2,
    });
  });

  it('ignores a configuration it already shows (delivered twice)', async () => {
    const log = new EventLog();
    log.add('QueueConfigured', { ...auto, maxWaitSeconds: 120 });
    log.add('QueueConfigured', { ...auto, maxWaitSeconds: 60 });
    const once = await project(queueSettingsProjection, log.events);

    expect((await project(queueSettingsProjection, [...log.events, ...log.events])).snapshot()).toBe(once.snapshot());
  });

  describe('queries', () => {
    const files = new SqliteFiles();
    afterAll(() => files.cleanup());

    it('lists every configured queue by id, and answers the defaults for a queue never configured', async () => {
      const log = new EventLog();
      log.add('QueueConfigured', { ...auto, queueId: 'support' });
      log.add('QueueConfigured', auto);
      const eventStore = files.eventStore();
      const readStore = files.readStore();
      for (const event of log.events) await eventStore.append(event.stream, [toNewEvent(event)], 'any');
      const projector = files.projector(eventStore, readStore, [queueSettingsProjection]);
      await projector.start();
      await caughtUp(projector, eventStore);
      const settings = collection(readStore, QUEUE_SETTINGS);

      expect((await configuredQueues(settings, 'acme')).map((queue) => queue.queueId)).toEqual(['sales', 'support']);
      expect(await queueSettingsOf(settings, 'acme', 'never')).toMatchObject({
        queueId: 'never', name: null, routing: 'MANUAL', offerTimeoutSeconds: 30, maxWaitSeconds: null, returnAfterSeconds: null, serviceLevelSeconds: 60,
      });
    });
  });
});
