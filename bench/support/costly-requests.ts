import { agentStream, conversationStream, transferReasonStream } from '@handoff/domain';
import { EventLogWriter, LogEvent } from './event-log';

/** The seeded store: agents, reasons, and conversations each holding EVENTS_PER_CONVERSATION events. */
export const AGENTS = 200;
const REASONS = 10;
export const CONVERSATIONS = 1000;
/** What the cost bound assumes a conversation's stream holds (query-cost.ts, EVENTS_PER_STREAM). */
const EVENTS_PER_CONVERSATION = 50;

const agent = (i: number): string => `agent-${i % AGENTS}`;

function* seed(): Generator<LogEvent> {
  for (let r = 0; r < REASONS; r++) {
    yield { stream: transferReasonStream('bench', `reason-${r}`), type: 'TransferReasonDefined', data: { reasonId: `reason-${r}`, name: `Reason ${r}` } };
  }
  for (let a = 0; a < AGENTS; a++) {
    yield { stream: agentStream('bench', agent(a)), type: 'AgentRegistered', data: { agentId: agent(a), name: `Agent ${a}`, queueIds: [`q${a % 20}`] } };
    yield { stream: agentStream('bench', agent(a)), type: 'AgentStatusChanged', data: { agentId: agent(a), status: 'ONLINE' } };
  }
  for (let c = 0; c < CONVERSATIONS; c++) {
    const conversationId = `c-${c}`;
    const stream = conversationStream('bench', conversationId);
    const queueId = `q${c % 20}`;
    yield { stream, type: 'ConversationOpened', data: { conversationId, queueId, channel: 'chat', contact: { id: `k-${c}`, name: 'María' } } };
    yield { stream, type: 'ConversationAssigned', data: { conversationId, agentId: agent(c), queueId } };
    for (let t = 0; t < EVENTS_PER_CONVERSATION - 2; t++) {
      const reasonId = `reason-${t % REASONS}`;
      yield {
        stream, type: 'ConversationTransferred',
        data: { conversationId, fromAgentId: agent(c + t), toAgentId: agent(c + t + 1), reasonId, reasonName: reasonId, note: 'Asks about an invoice' },
      };
    }
  }
}

export function writeCostlyStore(writer: EventLogWriter): void {
  for (const event of seed()) writer.add(event);
}

const aliases = (count: number, field: (i: number) => string): string => Array.from({ length: count }, (_, i) => field(i)).join(' ');
const AGENT_FIELDS = 'id name status queueIds active activeConversations';
const ENTRY_FIELDS = 'eventId type at actor { id role } data commandId correlationId causationId position streamVersion';
const PERFORMANCE = `agent { id name } assignments transfersIn transfersOut unassignments closed avgHandleSeconds avgWaitSeconds transferRate
  transfersOutByReason { reason { id name } count }`;

/**
 * Requests that fill the cost bound in different ways (event-store reads, lookups, read-model scans, plain
 * fields), each grown by `n` (page size or aliases); the scenario finds the largest `n` the server accepts.
 */
export const COSTLY_REQUESTS: Record<string, { max: number; query: (n: number) => string }> = {
  'history { eventId } of n conversations': { max: 200, query: (n) => `{ conversations(first: ${n}) { nodes { history { eventId } } } }` },
  'every history field of n conversations, by fragment': {
    max: 200,
    query: (n) => `{ conversations(first: ${n}) { nodes { ...H } } } fragment H on Conversation { history { ${ENTRY_FIELDS} } }`,
  },
  'n auditTrail aliases': { max: 300, query: (n) => `{ ${aliases(n, (i) => `a${i}: auditTrail(conversationId: "c-${i}") { eventId }`)} }` },
  'lastTransfer chains ×3 on n conversations, fragment': {
    max: 200,
    query: (n) => `{ conversations(first: ${n}) { nodes { ...T } } } fragment T on Conversation {
      ${aliases(3, (i) => `t${i}: lastTransfer { fromAgent { id name status } toAgent { id name } reason { id name } transferredBy { id role } }`)}
      assignee { id name } status }`,
  },
  'n fields of 200 conversations': { max: 900, query: (n) => `{ conversations(first: 200) { nodes { ${aliases(n, (i) => `f${i}: version`)} } } }` },
  'transfer history of n with agents and reasons': {
    max: 200,
    query: (n) => `{ transferHistory(first: ${n}) { nodes { id conversationId reasonName note at position
      fromAgent { ${AGENT_FIELDS} } toAgent { ${AGENT_FIELDS} } reason { id name description active } transferredBy { id role } } } }`,
  },
  'n agents lists': { max: 300, query: (n) => `{ ${aliases(n, (i) => `a${i}: agents { ${AGENT_FIELDS} }`)} }` },
  'n performance tables': {
    max: 50,
    query: (n) => `{ ${aliases(n, (i) => `p${i}: agentPerformance(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { ${PERFORMANCE} }`)} }`,
  },
  'n queue boards': { max: 300, query: (n) => `{ ${aliases(n, (i) => `q${i}: queues { queueId queued assigned oldestWaitingSince agentsOnline }`)} }` },
};
