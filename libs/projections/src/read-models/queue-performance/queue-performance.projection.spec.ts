import { analyticsLog } from '../../testing/analytics-log';
import { recordAll } from '../../testing/event-generator';
import { project } from '../../testing/memory-documents';
import { EventLog, utc } from '../../testing/recorded';
import { describeRunTwice } from '../../testing/run-twice';
import { transferFactsProjection } from '../transfer-facts/transfer-facts.projection';
import { QueueBucketDocument, queueBucketId, queuePerformanceProjection } from './queue-performance.projection';

const tenant = 'acme';
const ref = { conversationId: 'conv-1', queueId: 'sales' };

async function bucketsAfter(log: EventLog) {
  const documents = await project(queuePerformanceProjection, log.events);
  return (hour: string) => documents.find<QueueBucketDocument>(tenant, queueBucketId('sales', utc(hour)));
}

describe('queue performance projection', () => {
  it('counts one entry for a wait with a declined and an expired offer, answered when an offer is accepted', async () => {
    const log = new EventLog();
    log.add('ConversationOpened', { ...ref, channel: 'webchat' }, { at: utc('10:59:30') });
    log.add('ConversationOffered', { ...ref, agentId: 'a', expiresAt: utc('11:00:00') }, { at: utc('10:59:40') });
    log.add('ConversationOfferDeclined', { ...ref, agentId: 'a' }, { at: utc('10:59:50') });
    log.add('ConversationOffered', { ...ref, agentId: 'b', expiresAt: utc('11:00:30') }, { at: utc('11:00:00') });
    log.add('ConversationOfferExpired', { ...ref, agentId: 'b' }, { at: utc('11:00:30') });
    log.add('ConversationOffered', { ...ref, agentId: 'c', expiresAt: utc('11:01:30') }, { at: utc('11:01:00') });
    log.add('ConversationAssigned', { ...ref, agentId: 'c' }, { at: utc('11:01:10') });

    const bucket = await bucketsAfter(log);

    expect(bucket('10:00:00')).toMatchObject({ entered: 1, offers: 1, offersDeclined: 1, answered: 0, maxWaitSeconds: null });
    expect(bucket('11:00:00')).toMatchObject({
      entered: 0, offers: 2, offersExpired: 1, answered: 1, answeredInTime: 0, abandoned: 0, waitSecondsSum: 100, maxWaitSeconds: 100,
    });
  });

  it('measures answered in time against the service level configured when the wait ended; a close while offered is abandoned', async () => {
    const log = new EventLog();
    log.add('QueueConfigured', { queueId: 'sales', routing: 'AUTO', offerTimeoutSeconds: 30, serviceLevelSeconds: 30 }, { at: utc('10:00:00') });
    log.add('ConversationOpened', { ...ref, channel: 'webchat' }, { at: utc('10:00:00') });
    log.add('QueueConfigured', { queueId: 'sales', routing: 'AUTO', offerTimeoutSeconds: 30, serviceLevelSeconds: 120 }, { at: utc('10:00:10') });
    log.add('ConversationAssigned', { ...ref, agentId: 'a' }, { at: utc('10:01:30') });
    log.add('ConversationUnassigned', { ...ref, agentId: 'a' }, { at: utc('10:02:00') });
    log.add('ConversationOffered', { ...ref, agentId: 'b', expiresAt: utc('10:03:00') }, { at: utc('10:02:30') });
    log.add('SlaBreached', { ...ref, kind: 'QUEUE_WAIT' }, { at: utc('10:02:40') });
    log.add('ConversationClosed', { conversationId: 'conv-1' }, { at: utc('10:05:00') });

    expect((await bucketsAfter(log))('10:00:00')).toMatchObject({
      entered: 2, answered: 1, answeredInTime: 1, abandoned: 1, waitSecondsSum: 90, maxWaitSeconds: 180, offers: 1, waitBreaches: 1,
    });
  });
});

describeRunTwice([queuePerformanceProjection, transferFactsProjection], recordAll(analyticsLog({ seed: 3, steps: 1500 })));
