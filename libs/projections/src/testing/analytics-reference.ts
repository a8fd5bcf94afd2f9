import { RecordedEvent } from '@handoff/event-store';

/**
 * The contract's definitions read literally, as plain folds over a whole log: the independent figures the
 * generated-log specs hold the read models to. Quadratic where that keeps a definition plain.
 */
type Data = Record<string, unknown>;
const times = new WeakMap<RecordedEvent, number>();
function at(event: RecordedEvent): number {
  const known = times.get(event);
  if (known !== undefined) return known;
  const time = Date.parse(event.metadata.occurredAt);
  times.set(event, time);
  return time;
}
const data = (event: RecordedEvent): Data => event.data as Data;
const inRange = (event: RecordedEvent, from: number, to: number): boolean => at(event) >= from && at(event) < to;

export function referenceQueuePerformance(log: readonly RecordedEvent[], queueId: string, from: number, to: number) {
  const figures = { entered: 0, answered: 0, answeredInTime: 0, abandoned: 0, waitSum: 0, maxWait: null as number | null, offers: 0, offersDeclined: 0, offersExpired: 0, waitBreaches: 0 };
  const serviceLevel = new Map<string, number>();
  const waits = new Map<string, { queueId: string; since: number }>();
  for (const event of log) {
    const d = data(event);
    const counts = inRange(event, from, to) && d.queueId === queueId;
    const waitHere = waits.get(String(d.conversationId));
    const endsHere = inRange(event, from, to) && waitHere?.queueId === queueId;
    const seconds = waitHere ? (at(event) - waitHere.since) / 1000 : 0;
    switch (event.type) {
      case 'QueueConfigured': serviceLevel.set(String(d.queueId), Number(d.serviceLevelSeconds)); break;
      case 'ConversationOpened':
      case 'ConversationUnassigned':
      case 'ConversationReturnedToQueue':
        waits.set(String(d.conversationId), { queueId: String(d.queueId), since: at(event) });
        if (counts) figures.entered += 1;
        break;
      case 'ConversationAssigned':
      case 'ConversationClosed':
        waits.delete(String(d.conversationId));
        if (!endsHere) break;
        figures.maxWait = Math.max(figures.maxWait ?? 0, seconds);
        if (event.type === 'ConversationClosed') figures.abandoned += 1;
        else {
          figures.answered += 1;
          figures.waitSum += seconds;
          if (seconds <= (serviceLevel.get(queueId) ?? 60)) figures.answeredInTime += 1;
        }
        break;
      case 'ConversationOffered': if (counts) figures.offers += 1; break;
      case 'ConversationOfferDeclined': if (counts) figures.offersDeclined += 1; break;
      case 'ConversationOfferExpired': if (counts) figures.offersExpired += 1; break;
      case 'SlaBreached': if (counts && d.kind === 'QUEUE_WAIT') figures.waitBreaches += 1; break;
    }
  }
  const { waitSum, maxWait, ...counts } = figures;
  const ended = counts.answered + counts.abandoned;
  return {
    ...counts,
    serviceLevel: ended > 0 ? counts.answeredInTime / ended : null,
    avgWaitSeconds: counts.answered > 0 ? waitSum / counts.answered : null,
    maxWaitSeconds: maxWait,
  };
}

const HOLDER_CHANGES = new Set(['ConversationAssigned', 'ConversationTransferred', 'ConversationUnassigned', 'ConversationReturnedToQueue', 'ConversationClosed']);

/** Each transfer with what its conversation's events before and after it say. */
export function referenceTransfers(log: readonly RecordedEvent[]) {
  const byConversation = new Map<string, RecordedEvent[]>();
  for (const event of log) {
    const id = data(event).conversationId;
    if (typeof id === 'string') byConversation.set(id, [...(byConversation.get(id) ?? []), event]);
  }
  return log.flatMap((event) => {
    if (event.type !== 'ConversationTransferred') return [];
    const d = data(event);
    const events = byConversation.get(String(d.conversationId)) as RecordedEvent[];
    const index = events.indexOf(event);
    const before = events.slice(0, index);
    const heldBy = (agentId: unknown) => before.some((e) => (e.type === 'ConversationAssigned' && data(e).agentId === agentId)
      || (e.type === 'ConversationTransferred' && (data(e).toAgentId === agentId || data(e).fromAgentId === agentId)));
    const after = events.slice(index + 1);
    const end = after.findIndex((e) => HOLDER_CHANGES.has(e.type));
    const reply = (end < 0 ? after : after.slice(0, end)).find((e) => e.type === 'ConversationActivityRecorded' && data(e).kind === 'AGENT_REPLIED' && data(e).agentId === d.toAgentId);
    return [{
      at: at(event),
      conversationId: String(d.conversationId),
      queueId: String(data(events[0]).queueId),
      reasonId: String(d.reasonId), fromAgentId: String(d.fromAgentId), toAgentId: String(d.toAgentId),
      retransfer: before.some((e) => e.type === 'ConversationTransferred'),
      returnToPreviousHolder: heldBy(d.toAgentId),
      firstReplySeconds: reply ? (at(reply) - at(event)) / 1000 : null,
    }];
  });
}

export function referenceTransferAnalytics(log: readonly RecordedEvent[], from: number, to: number, queueId?: string) {
  const transfers = referenceTransfers(log).filter((t) => t.at >= from && t.at < to && (!queueId || t.queueId === queueId));
  const replies = transfers.filter((t) => t.firstReplySeconds !== null);
  const tally = (key: (t: (typeof transfers)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const t of transfers) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
    return Object.fromEntries(counts);
  };
  return {
    transfers: transfers.length,
    conversations: new Set(transfers.map((t) => t.conversationId)).size,
    retransfers: transfers.filter((t) => t.retransfer).length,
    returnsToPreviousHolder: transfers.filter((t) => t.returnToPreviousHolder).length,
    avgFirstReplyAfterTransferSeconds: replies.length > 0 ? replies.reduce((sum, t) => sum + (t.firstReplySeconds as number), 0) / replies.length : null,
    byReason: tally((t) => t.reasonId),
    flows: tally((t) => `${t.reasonId} ${t.fromAgentId}>${t.toAgentId}`),
  };
}
