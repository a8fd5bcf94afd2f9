import { AgentStatus, ChannelLimit, RoutingMode } from '@handoff/domain';

/**
 * The routing manager's state, per tenant, in three kinds of documents (the runner's keys):
 * - `queues`: every queue's settings and the waiting list (conversations QUEUED or OFFERED, in wait order), each
 *   with its offer (or the offer asked for and not yet seen in the log) and the agents who passed on it this wait;
 * - `agents`: the roster: status, active, queues, limits, what each holds, and since when it holds nothing;
 * - `conversation:<id>`: the queue and channel of an open conversation (events after the opening do not carry them).
 */
export const QUEUES_KEY = 'queues';
export const AGENTS_KEY = 'agents';
export const conversationKey = (conversationId: string): string => `conversation:${conversationId}`;

export type QueueSettings = {
  routing: RoutingMode;
  offerTimeoutSeconds: number;
  maxWaitSeconds?: number;
  returnAfterSeconds?: number;
};

export type Offer = {
  agentId: string;
  /** The conversation's stream version of ConversationOffered; absent while only asked for (OfferConversation sent). */
  version?: number;
};

export type Waiting = {
  conversationId: string;
  queueId: string;
  channel: string;
  /** When the current wait began (ISO), and the conversation's stream version of the event that began it. */
  since: string;
  waitVersion: number;
  offer?: Offer;
  /** Agents who declined or let expire an offer of it this wait: offered again only when nobody else is eligible. */
  passed: string[];
};

export type QueuesDocument = {
  settings: Record<string, QueueSettings>;
  waiting: Waiting[];
};

export type AgentEntry = {
  status: AgentStatus;
  active: boolean;
  queueIds: string[];
  maxConversations: number | null;
  channelLimits: ChannelLimit[];
  /** What the agent holds (OFFERED or ASSIGNED): conversation id → channel. */
  holdings: Record<string, string>;
  /** Since when it holds nothing (registration, or the release that left it empty); null while it holds something. */
  idleSince: string | null;
};

export type AgentsDocument = {
  agents: Record<string, AgentEntry>;
};

export type ConversationInfo = {
  queueId: string;
  channel: string;
};

export const emptyQueues = (): QueuesDocument => ({ settings: {}, waiting: [] });
export const emptyAgents = (): AgentsDocument => ({ agents: {} });

export const MANUAL_SETTINGS: QueueSettings = { routing: 'MANUAL', offerTimeoutSeconds: 30 };

export const settingsOf = (queues: QueuesDocument, queueId: string): QueueSettings => queues.settings[queueId] ?? MANUAL_SETTINGS;

/** Wait order: oldest wait first, ties by conversation id. */
export const byWait = (a: Waiting, b: Waiting): number => a.since.localeCompare(b.since) || a.conversationId.localeCompare(b.conversationId);
