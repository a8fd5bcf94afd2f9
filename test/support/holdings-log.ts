import Database from 'better-sqlite3';

interface Row { stream: string; type: string; data: string }

/** The log of a SQLite file, read-only, in global order: what an auditor replays. */
function readLog(path: string): Array<{ stream: string; type: string; data: Record<string, string> }> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT stream, type, data FROM events ORDER BY position').all() as Row[];
    return rows.map((row) => ({ stream: row.stream, type: row.type, data: JSON.parse(row.data) as Record<string, string> }));
  } finally {
    db.close();
  }
}

/** The most an agent held at any point, in all and per channel. */
export interface PeakHoldings {
  most: number;
  mostOnChannel: Record<string, number>;
  /** What it holds at the end of the log. */
  held: string[];
}

function peakOf(changes: Array<{ conversationId: string; channel?: string; taken: boolean }>): PeakHoldings {
  const held = new Map<string, string>();
  const peak: PeakHoldings = { most: 0, mostOnChannel: {}, held: [] };
  for (const { conversationId, channel, taken } of changes) {
    if (taken) held.set(conversationId, channel ?? '?');
    else held.delete(conversationId);
    peak.most = Math.max(peak.most, held.size);
    for (const c of new Set(held.values())) {
      const count = [...held.values()].filter((v) => v === c).length;
      peak.mostOnChannel[c] = Math.max(peak.mostOnChannel[c] ?? 0, count);
    }
  }
  return { ...peak, held: [...held.keys()].sort() };
}

/** Replays the agent's own stream: its AgentConversationTaken / Released events. */
export function peakOnAgentStream(path: string, tenantId: string, agentId: string): PeakHoldings {
  const stream = `agent-${tenantId}.${agentId}`;
  return peakOf(readLog(path).filter((e) => e.stream === stream && e.type.startsWith('AgentConversation')).map((e) => ({
    conversationId: e.data.conversationId, channel: e.data.channel, taken: e.type === 'AgentConversationTaken',
  })));
}

/** Replays every conversation's stream in global order, independently of the agents' streams: who each is offered or assigned to. */
export function peakOnConversationStreams(path: string, agentId: string): PeakHoldings {
  const channels = new Map<string, string>();
  const holder = new Map<string, string | null>();
  const changes: Array<{ conversationId: string; channel?: string; taken: boolean }> = [];
  for (const { type, data } of readLog(path)) {
    const id = data.conversationId;
    if (type === 'ConversationOpened') channels.set(id, data.channel);
    const next =
      type === 'ConversationAssigned' || type === 'ConversationOffered' ? data.agentId
      : type === 'ConversationTransferred' ? data.toAgentId
      : ['ConversationUnassigned', 'ConversationClosed', 'ConversationOfferDeclined', 'ConversationOfferExpired', 'ConversationOfferWithdrawn', 'ConversationReturnedToQueue'].includes(type) ? null
      : undefined;
    if (next === undefined) continue;
    const before = holder.get(id) ?? null;
    holder.set(id, next);
    if (before !== agentId && next === agentId) changes.push({ conversationId: id, channel: channels.get(id), taken: true });
    if (before === agentId && next !== agentId) changes.push({ conversationId: id, taken: false });
  }
  return peakOf(changes);
}
