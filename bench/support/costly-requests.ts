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
 * The costliest requests we could build within the bounds (cost ≤ 10,000, ≤ 1,000 fields, depth ≤ 10), each
 * filling the cost bound a different way: event-store reads, nested object fields, read-model scans.
 */
export const COSTLY_REQUESTS: Record<string, string> = {
  'history of 163 conversations': '{ conversations(first: 163) { nodes { history { eventId } } } }',
  'every history field of 16 conversations, by fragment': `{ conversations(first: 16) { nodes { ...H } } } fragment H on Conversation { history { ${ENTRY_FIELDS} } }`,
  '165 auditTrail aliases': `{ ${aliases(165, (i) => `a${i}: auditTrail(conversationId: "c-${i}") { eventId }`)} }`,
  'lastTransfer chains on 200 conversations, fragment over aliases': `{ conversations(first: 200) { nodes { ...T } } }
    fragment T on Conversation { ${aliases(3, (i) => `t${i}: lastTransfer { fromAgent { id name status } toAgent { id name } reason { id name } transferredBy { id role } }`)}
      assignee { id name } ${aliases(3, (i) => `s${i}: status`)} }`,
  '48 fields of 200 conversations': `{ conversations(first: 200) { nodes { ${aliases(48, (i) => `f${i}: version`)} } } }`,
  'transfer history of 200 with agents and reasons': `{ transferHistory(first: 200) { nodes { id conversationId reasonName note at position
    fromAgent { ${AGENT_FIELDS} } toAgent { ${AGENT_FIELDS} } reason { id name description active } transferredBy { id role }
    ${aliases(20, (i) => `x${i}: id`)} } } }`,
  '82 agents lists': `{ ${aliases(82, (i) => `a${i}: agents { ${AGENT_FIELDS} }`)} }`,
  '5 performance tables': `{ ${aliases(5, (i) => `p${i}: agentPerformance(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { ${PERFORMANCE} }`)} }`,
  '99 queue boards': `{ ${aliases(99, (i) => `q${i}: queues { queueId queued assigned oldestWaitingSince agentsOnline }`)} }`,
};
