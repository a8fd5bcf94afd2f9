import { project } from '../../testing/memory-documents';
import { EventLog, utc } from '../../testing/recorded';
import { agentPerformanceProjection, bucketId, hourOf, PerformanceBucketDocument } from '../agent-performance/agent-performance.projection';

const tenant = 'acme';
const conversationId = 'conv-1';

async function bucketsAfter(events: EventLog['events']) {
  const documents = await project(agentPerformanceProjection, events);
  return (agentId: string, hour: string) => documents.find<PerformanceBucketDocument>(tenant, bucketId(agentId, utc(hour)));
}

function openedAndAssigned(log: EventLog, openedAt: string, assignedAt: string, agentId = 'a'): void {
  log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'webchat' }, { at: utc(openedAt) });
  log.add('ConversationAssigned', { conversationId, agentId, queueId: 'sales' }, { at: utc(assignedAt) });
}

const transfer = (fromAgentId: string, toAgentId: string, reasonId = 'billing') =>
  ({ conversationId, fromAgentId, toAgentId, reasonId, reasonName: reasonId.toUpperCase() }) as const;

describe('agent performance projection', () => {
  it('rounds times down to the UTC hour', () => {
    expect(hourOf('2026-03-02T10:59:59.999Z')).toBe(utc('10:00:00'));
    expect(hourOf('2026-03-02T11:00:00.000Z')).toBe(utc('11:00:00'));
    expect(hourOf('2026-03-02T13:30:00+02:00')).toBe(utc('11:00:00'));
  });

  it('puts an assignment at 10:59:59 and the transfer at 11:00:00 in different hours', async () => {
    const log = new EventLog();
    openedAndAssigned(log, '10:50:00', '10:59:59');
    log.add('ConversationTransferred', transfer('a', 'b'), { at: utc('11:00:00') });

    const bucket = await bucketsAfter(log.events);

    expect(bucket('a', '10:00:00')).toMatchObject({
      agentId: 'a', hour: utc('10:00:00'), assignments: 1, transfersOut: 0, handleCount: 0, waitSecondsSum: 599, waitCount: 1,
    });
    expect(bucket('a', '11:00:00')).toMatchObject({
      assignments: 0, transfersOut: 1, handleSecondsSum: 1, handleCount: 1, transfersOutByReason: { billing: 1 },
    });
    expect(bucket('b', '11:00:00')).toMatchObject({ assignments: 1, transfersIn: 1, waitCount: 0, transfersOut: 0 });
  });

  it('credits the handle time of a period to the hour it ended, measured from the assignment', async () => {
    const log = new EventLog();
    openedAndAssigned(log, '09:00:00', '09:40:00');
    log.add('ConversationClosed', { conversationId, agentId: 'a' }, { at: utc('11:10:00') });

    const bucket = await bucketsAfter(log.events);

    expect(bucket('a', '09:00:00')).toMatchObject({ assignments: 1, handleCount: 0, closed: 0 });
    expect(bucket('a', '10:00:00')).toBeNull();
    expect(bucket('a', '11:00:00')).toMatchObject({ closed: 1, handleSecondsSum: 90 * 60, handleCount: 1 });
  });

  it('measures the wait of a re-queued conversation from its unassignment', async () => {
    const log = new EventLog();
    openedAndAssigned(log, '10:00:00', '10:01:00');
    log.add('ConversationUnassigned', { conversationId, agentId: 'a', queueId: 'sales' }, { at: utc('10:11:00') });
    log.add('ConversationAssigned', { conversationId, agentId: 'b', queueId: 'sales' }, { at: utc('10:13:30') });

    const bucket = await bucketsAfter(log.events);

    expect(bucket('a', '10:00:00')).toMatchObject({
      assignments: 1, unassignments: 1, handleSecondsSum: 600, handleCount: 1, waitSecondsSum: 60, waitCount: 1,
    });
    expect(bucket('b', '10:00:00')).toMatchObject({ assignments: 1, waitSecondsSum: 150, waitCount: 1 });
  });

  it('follows a transfer chain a → b → c → a, counting transfers out by reason', async () => {
    const log = new EventLog();
    openedAndAssigned(log, '10:00:00', '10:00:00');
    log.add('ConversationTransferred', transfer('a', 'b', 'billing'), { at: utc('10:10:00') });
    log.add('ConversationTransferred', transfer('b', 'c', 'tech'), { at: utc('10:15:00') });
    log.add('ConversationTransferred', transfer('c', 'a', 'billing'), { at: utc('10:30:00') });
    log.add('ConversationTransferred', transfer('a', 'b', 'tech'), { at: utc('10:40:00') });

    const bucket = await bucketsAfter(log.events);

    expect(bucket('a', '10:00:00')).toMatchObject({
      assignments: 2, transfersIn: 1, transfersOut: 2, transfersOutByReason: { billing: 1, tech: 1 },
      handleSecondsSum: 600 + 600, handleCount: 2, waitCount: 1, waitSecondsSum: 0,
    });
    expect(bucket('b', '10:00:00')).toMatchObject({ assignments: 2, transfersIn: 2, transfersOut: 1, transfersOutByReason: { tech: 1 } });
    expect(bucket('c', '10:00:00')).toMatchObject({ transfersOut: 1, handleSecondsSum: 900, transfersOutByReason: { billing: 1 } });
  });

  it('counts nothing for an agent when a queued conversation is closed', async () => {
    const log = new EventLog();
    log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'webchat' }, { at: utc('10:00:00') });
    log.add('ConversationClosed', { conversationId }, { at: utc('10:05:00') });

    const documents = await project(agentPerformanceProjection, log.events);

    expect(documents.all().filter((document) => document.kind === 'bucket')).toEqual([]);
  });

  it('counts each event once when the log is delivered twice, also after the conversation closed', async () => {
    const log = new EventLog();
    openedAndAssigned(log, '10:00:00', '10:05:00');
    log.add('ConversationTransferred', transfer('a', 'b'), { at: utc('10:20:00') });
    log.add('ConversationClosed', { conversationId, agentId: 'b' }, { at: utc('10:40:00') });
    const once = await project(agentPerformanceProjection, log.events);

    const twice = await project(agentPerformanceProjection, [...log.events, ...log.events]);

    expect(twice.snapshot()).toBe(once.snapshot());
  });
});
