import { agentStream, conversationStream, transferReasonStream } from '@handoff/domain';
import { EventLogWriter, LogEvent, TENANT } from './event-log';

/** A deterministic pseudo-random source, so every run builds the same log. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUEUES = 20;
const AGENTS = 200;
const REASONS = 10;
/** Conversations open at any moment: their events interleave in the log as they do in a contact center. */
const OPEN_AT_ONCE = 1000;

export const queueId = (index: number): string => `q${index % QUEUES}`;
export const agentId = (index: number): string => `agent-${index % AGENTS}`;
export const reasonId = (index: number): string => `reason-${index % REASONS}`;

function* setup(): Generator<LogEvent> {
  for (let r = 0; r < REASONS; r++) {
    yield { stream: transferReasonStream(TENANT, reasonId(r)), type: 'TransferReasonDefined', data: { reasonId: reasonId(r), name: `Reason ${r}` } };
  }
  for (let a = 0; a < AGENTS; a++) {
    const id = agentId(a);
    yield { stream: agentStream(TENANT, id), type: 'AgentRegistered', data: { agentId: id, name: `Agent ${a}`, queueIds: [queueId(a), queueId(a + 1)] } };
    yield { stream: agentStream(TENANT, id), type: 'AgentStatusChanged', data: { agentId: id, status: 'ONLINE' } };
  }
}

/** One conversation's life: opened, assigned, transferred with a note, unassigned, assigned again, closed. */
function* lifecycle(index: number, pick: () => number): Generator<LogEvent> {
  const conversationId = `c-${index}`;
  const stream = conversationStream(TENANT, conversationId);
  const queue = queueId(index);
  const first = agentId(Math.floor(pick() * AGENTS));
  const second = agentId(Number(first.slice('agent-'.length)) + 1);
  const reason = reasonId(Math.floor(pick() * REASONS));
  yield { stream, type: 'ConversationOpened', data: { conversationId, queueId: queue, channel: 'whatsapp', contact: { id: `contact-${index}`, name: 'María' } } };
  yield { stream, type: 'ConversationAssigned', data: { conversationId, agentId: first, queueId: queue } };
  yield {
    stream, type: 'ConversationTransferred',
    data: { conversationId, fromAgentId: first, toAgentId: second, reasonId: reason, reasonName: `Reason ${reason}`, note: 'Customer asks about an invoice' },
  };
  yield { stream, type: 'ConversationUnassigned', data: { conversationId, agentId: second, queueId: queue } };
  yield { stream, type: 'ConversationAssigned', data: { conversationId, agentId: first, queueId: queue } };
  yield { stream, type: 'ConversationClosed', data: { conversationId, agentId: first } };
}

/** Writes `total` events: agents and reasons first, then interleaved conversation lifecycles. */
export function writeContactCenterLog(writer: EventLogWriter, total: number): void {
  for (const event of setup()) writer.add(event);
  const pick = random(42);
  const open: Array<Generator<LogEvent>> = [];
  let conversations = 0;
  while (writer.count < total) {
    while (open.length < OPEN_AT_ONCE) open.push(lifecycle(conversations++, pick));
    const slot = Math.floor(pick() * open.length);
    const next = open[slot].next();
    if (next.done) open.splice(slot, 1);
    else writer.add(next.value);
  }
}

/** `count` conversations opened and left waiting, all in `queue`. */
export function writeWaitingConversations(writer: EventLogWriter, count: number, queue: string): void {
  for (let i = 0; i < count; i++) {
    const conversationId = `waiting-${i}`;
    writer.add({ stream: conversationStream(TENANT, conversationId), type: 'ConversationOpened', data: { conversationId, queueId: queue, channel: 'chat' } });
  }
}
