import { AgentStatus, ChannelLimit, RoutingMode } from '@handoff/domain';

/**
 * The routing manager's state, per tenant, in documents small enough to read and write on every event (the runner's
 * keys); an event reads only those it concerns, and nothing grows with the number of waiting conversations but the
 * count of a queue's pages:
 * - `queue:<id>`: the queue's settings, the agents available in it (active, ONLINE), and the pages of its waiting list;
 * - `waiting:<queue id>:<n>`: one page of the queue's waiting list (conversations QUEUED or OFFERED), in wait order,
 *   each with its offer (or the offer asked for and not yet seen in the log) and the agents who passed on it this wait;
 * - `agent:<id>`: status, active, queues, limits, what it holds, the offers asked of it, and since when it holds nothing;
 * - `conversation:<id>`: the queue and channel of an open conversation (events after the opening do not carry them),
 *   and since when it waits (its place in the queue's waiting list) while it waits.
 */
export const queueKey = (queueId: string): string => `queue:${queueId}`;
export const agentKey = (agentId: string): string => `agent:${agentId}`;
export const conversationKey = (conversationId: string): string => `conversation:${conversationId}`;
export const pageKey = (queueId: string, page: number): string => `waiting:${queueId}:${page}`;

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

/** Where a page of the waiting list starts: the wait order of its first conversation. */
export type PageRef = { key: string; since: string; conversationId: string };

export type QueueDocument = {
  /** Absent until the queue is configured (MANUAL). */
  settings?: QueueSettings;
  /** Agents listing the queue who are active and ONLINE, by id. */
  available: string[];
  /** The waiting list's pages in wait order, and the number of the next page made. */
  pages: PageRef[];
  nextPage: number;
};

export type PageDocument = { waiting: Waiting[] };

export type AgentEntry = {
  status: AgentStatus;
  active: boolean;
  queueIds: string[];
  maxConversations: number | null;
  channelLimits: ChannelLimit[];
  /** What the agent holds (OFFERED or ASSIGNED): conversation id → channel. */
  holdings: Record<string, string>;
  /** The offers routing asked of it or saw made to it, still pending: conversation id → channel. */
  offers: Record<string, string>;
  /** Since when it holds nothing (registration, or the release that left it empty); null while it holds something. */
  idleSince: string | null;
};

export type ConversationInfo = {
  queueId: string;
  channel: string;
  /** While it waits: when its wait began (with its id, its place in the queue's waiting list). */
  since?: string;
};

export const emptyQueue = (): QueueDocument => ({ available: [], pages: [], nextPage: 0 });
export const MANUAL_SETTINGS: QueueSettings = { routing: 'MANUAL', offerTimeoutSeconds: 30 };
export const settingsOf = (queue: QueueDocument | null): QueueSettings => queue?.settings ?? MANUAL_SETTINGS;
export const isAvailable = (agent: AgentEntry | null): boolean => agent !== null && agent.active && agent.status === 'ONLINE';

/** Wait order: oldest wait first, ties by conversation id. */
export const byWait = (a: { since: string; conversationId: string }, b: { since: string; conversationId: string }): number =>
  a.since.localeCompare(b.since) || a.conversationId.localeCompare(b.conversationId);
