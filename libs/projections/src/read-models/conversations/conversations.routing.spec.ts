import { MemoryDocuments, project } from '../../testing/memory-documents';
import { EventLog, utc } from '../../testing/recorded';
import { ConversationDocument, conversationsProjection } from './conversations.projection';

const tenant = 'acme';
const conversationId = 'conv-1';
const SYSTEM = { id: 'system', role: 'SYSTEM' as const };
const ref = { conversationId, queueId: 'sales' };

function opened(log: EventLog): void {
  log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'whatsapp' }, { at: utc('10:00:00') });
}

function offered(log: EventLog, agentId: string, at: string): void {
  log.add('ConversationOffered', { ...ref, agentId, expiresAt: utc('10:59:00') }, { at, actor: SYSTEM });
}

async function conversationAfter(log: EventLog): Promise<ConversationDocument> {
  const documents = await project(conversationsProjection, log.events);
  return documents.find<ConversationDocument>(tenant, conversationId) as ConversationDocument;
}

describe('conversations projection: routing', () => {
  it('shows an offered conversation as OFFERED with its offer, still waiting since it was opened', async () => {
    const log = new EventLog();
    opened(log);
    log.add('ConversationOffered', { ...ref, agentId: 'a', expiresAt: utc('10:01:30') }, { at: utc('10:01:00'), actor: SYSTEM });

    expect(await conversationAfter(log)).toMatchObject({
      status: 'OFFERED',
      assigneeId: null,
      waitingSince: utc('10:00:00'),
      offer: { agentId: 'a', offeredAt: utc('10:01:00'), expiresAt: utc('10:01:30'), version: 2 },
      version: 2,
    });
  });

  it.each([
    ['declined', (log: EventLog) => log.add('ConversationOfferDeclined', { ...ref, agentId: 'a', note: 'busy' }, { at: utc('10:02:00') })],
    ['expired', (log: EventLog) => log.add('ConversationOfferExpired', { ...ref, agentId: 'a' }, { at: utc('10:02:00'), actor: SYSTEM })],
    ['withdrawn', (log: EventLog) => log.add('ConversationOfferWithdrawn', { ...ref, agentId: 'a', cause: 'AGENT_UNAVAILABLE' }, { at: utc('10:02:00'), actor: SYSTEM })],
  ])('puts a conversation whose offer was %s back in the queue, its wait going on from when it began', async (_, ended) => {
    const log = new EventLog();
    opened(log);
    offered(log, 'a', utc('10:01:00'));
    ended(log);

    expect(await conversationAfter(log)).toMatchObject({ status: 'QUEUED', offer: null, waitingSince: utc('10:00:00'), version: 3 });
  });

  it('assigns an accepted offer to its agent: no offer, no wait', async () => {
    const log = new EventLog();
    opened(log);
    offered(log, 'a', utc('10:01:00'));
    log.add('ConversationAssigned', { ...ref, agentId: 'a' }, { at: utc('10:01:10'), actor: { id: 'a', role: 'AGENT' } });

    expect(await conversationAfter(log)).toMatchObject({ status: 'ASSIGNED', assigneeId: 'a', offer: null, waitingSince: null, assignedAt: utc('10:01:10') });
  });

  it("a supervisor's assignment of an offered conversation withdraws the offer and assigns it to the other agent", async () => {
    const log = new EventLog();
    opened(log);
    offered(log, 'a', utc('10:01:00'));
    log.add('ConversationOfferWithdrawn', { ...ref, agentId: 'a', cause: 'ASSIGNED' }, { at: utc('10:01:20') });
    log.add('ConversationAssigned', { ...ref, agentId: 'b' }, { at: utc('10:01:20') });

    expect(await conversationAfter(log)).toMatchObject({ status: 'ASSIGNED', assigneeId: 'b', offer: null, version: 4 });
  });

  it('keeps the latest agent reply since the assignment or transfer, and the latest contact message', async () => {
    const log = new EventLog();
    opened(log);
    log.add('ConversationActivityRecorded', { conversationId, kind: 'CONTACT_MESSAGED' }, { at: utc('10:00:30') });
    log.add('ConversationAssigned', { ...ref, agentId: 'a' }, { at: utc('10:01:00') });
    log.add('ConversationActivityRecorded', { conversationId, kind: 'AGENT_REPLIED', agentId: 'a' }, { at: utc('10:02:00') });
    log.add('ConversationActivityRecorded', { conversationId, kind: 'AGENT_REPLIED', agentId: 'a' }, { at: utc('10:03:00') });

    expect(await conversationAfter(log)).toMatchObject({ lastAgentReplyAt: utc('10:03:00'), lastContactMessageAt: utc('10:00:30') });

    log.add('ConversationTransferred', { conversationId, fromAgentId: 'a', toAgentId: 'b', reasonId: 'r', reasonName: 'R' }, { at: utc('10:04:00') });

    expect(await conversationAfter(log)).toMatchObject({ assigneeId: 'b', lastAgentReplyAt: null, lastContactMessageAt: utc('10:00:30') });
  });

  it('returns an unanswered conversation to the queue with a new wait and the NO_REPLY breach naming the agent', async () => {
    const log = new EventLog();
    opened(log);
    log.add('ConversationAssigned', { ...ref, agentId: 'a' }, { at: utc('10:01:00') });
    log.add('SlaBreached', { ...ref, kind: 'NO_REPLY', agentId: 'a' }, { at: utc('10:06:00'), actor: SYSTEM });
    log.add('ConversationReturnedToQueue', { ...ref, agentId: 'a', cause: 'NO_REPLY' }, { at: utc('10:06:00'), actor: SYSTEM });

    expect(await conversationAfter(log)).toMatchObject({
      status: 'QUEUED', assigneeId: null, assignedAt: null, waitingSince: utc('10:06:00'),
      slaBreaches: [{ kind: 'NO_REPLY', at: utc('10:06:00'), agentId: 'a' }],
      version: 4,
    });
  });

  it('lists a QUEUE_WAIT breach without an agent, and keeps every breach in order', async () => {
    const log = new EventLog();
    opened(log);
    log.add('SlaBreached', { ...ref, kind: 'QUEUE_WAIT' }, { at: utc('10:05:00'), actor: SYSTEM });
    log.add('ConversationAssigned', { ...ref, agentId: 'a' }, { at: utc('10:06:00') });
    log.add('SlaBreached', { ...ref, kind: 'NO_REPLY', agentId: 'a' }, { at: utc('10:11:00'), actor: SYSTEM });

    expect((await conversationAfter(log)).slaBreaches).toEqual([
      { kind: 'QUEUE_WAIT', at: utc('10:05:00'), agentId: null },
      { kind: 'NO_REPLY', at: utc('10:11:00'), agentId: 'a' },
    ]);
  });

  it('closes an offered conversation: no offer, no wait', async () => {
    const log = new EventLog();
    opened(log);
    offered(log, 'a', utc('10:01:00'));
    log.add('ConversationClosed', { conversationId }, { at: utc('10:01:05') });

    expect(await conversationAfter(log)).toMatchObject({ status: 'CLOSED', offer: null, waitingSince: null });
  });

  it('shows the same offers and breaches when the events are delivered twice', async () => {
    const log = new EventLog();
    opened(log);
    offered(log, 'a', utc('10:01:00'));
    log.add('ConversationOfferExpired', { ...ref, agentId: 'a' }, { at: utc('10:01:30'), actor: SYSTEM });
    log.add('SlaBreached', { ...ref, kind: 'QUEUE_WAIT' }, { at: utc('10:02:00'), actor: SYSTEM });
    offered(log, 'b', utc('10:02:00'));
    const once = await project(conversationsProjection, log.events);

    const twice = await project(conversationsProjection, [...log.events, ...log.events], new MemoryDocuments());

    expect(twice.snapshot()).toBe(once.snapshot());
    expect(twice.find<ConversationDocument>(tenant, conversationId)?.slaBreaches).toHaveLength(1);
  });
});
