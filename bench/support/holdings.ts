import Database from 'better-sqlite3';

/**
 * The most conversations any agent held at any point, replayed from a SQLite log twice and independently:
 * from the agents' own streams (AgentConversationTaken / Released) and from the conversations' streams
 * (who each one is OFFERED or ASSIGNED to), both in the log's global order.
 */
export interface PeakHeld {
  onAgentStreams: number;
  onConversationStreams: number;
  offers: number;
}

const RELEASING = new Set([
  'ConversationUnassigned', 'ConversationClosed', 'ConversationOfferDeclined', 'ConversationOfferExpired', 'ConversationOfferWithdrawn', 'ConversationReturnedToQueue',
]);

/** Who a conversation event leaves the conversation with: an agent, nobody (null), or unchanged (undefined). */
function holderAfter(type: string, data: Record<string, string>): string | null | undefined {
  if (type === 'ConversationOffered' || type === 'ConversationAssigned') return data.agentId;
  if (type === 'ConversationTransferred') return data.toAgentId;
  return RELEASING.has(type) ? null : undefined;
}

class Tally {
  private readonly held = new Map<string, Set<string>>();
  peak = 0;

  take(agentId: string, conversationId: string): void {
    const set = this.held.get(agentId) ?? new Set<string>();
    set.add(conversationId);
    this.held.set(agentId, set);
    this.peak = Math.max(this.peak, set.size);
  }

  release(agentId: string, conversationId: string): void {
    this.held.get(agentId)?.delete(conversationId);
  }
}

export function peakHeld(path: string): PeakHeld {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT stream, type, data FROM events ORDER BY position').iterate() as Iterable<{ stream: string; type: string; data: string }>;
    const agents = new Tally();
    const conversations = new Tally();
    const holder = new Map<string, string>();
    let offers = 0;
    for (const row of rows) {
      const data = JSON.parse(row.data) as Record<string, string>;
      if (row.type === 'AgentConversationTaken') agents.take(data.agentId, data.conversationId);
      if (row.type === 'AgentConversationReleased') agents.release(data.agentId, data.conversationId);
      if (!row.stream.startsWith('conversation-')) continue;
      if (row.type === 'ConversationOffered') offers++;
      const next = holderAfter(row.type, data);
      if (next === undefined) continue;
      const before = holder.get(data.conversationId);
      if (before !== undefined && before !== next) conversations.release(before, data.conversationId);
      if (next === null) holder.delete(data.conversationId);
      else {
        holder.set(data.conversationId, next);
        conversations.take(next, data.conversationId);
      }
    }
    return { onAgentStreams: agents.peak, onConversationStreams: conversations.peak, offers };
  } finally {
    db.close();
  }
}
