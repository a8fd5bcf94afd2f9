import { CommandRequest, PmDocument, PmState, Reaction, TimerRequest } from '@handoff/process-managers';
import { planOffers } from './routing.policy';
import {
  AGENTS_KEY, AgentsDocument, conversationKey, ConversationInfo, emptyAgents, emptyQueues, QUEUES_KEY, QueuesDocument, settingsOf, Waiting,
} from './routing.state';
import { after, OFFER_RETRY_MS, offerRetry, SECOND_MS } from './routing.timers';

// The routing manager alone writes these documents, in these shapes (plain JSON): the one place they are typed.
const queuesOf = (document: PmDocument | null | undefined): QueuesDocument => (document ? (structuredClone(document) as QueuesDocument) : emptyQueues());
const agentsOf = (document: PmDocument | null | undefined): AgentsDocument => (document ? (structuredClone(document) as AgentsDocument) : emptyAgents());

/**
 * One reaction of the routing manager: a working copy of the state it read, and what it decides (state to keep,
 * commands, timers). Pure: built from the state and the time it is given.
 */
export class RoutingStep {
  readonly queues: QueuesDocument;
  readonly agents: AgentsDocument;
  private readonly changed = new Set<string>();
  private readonly conversations = new Map<string, ConversationInfo | null>();
  private readonly commands: CommandRequest[] = [];
  private readonly set: TimerRequest[] = [];
  private readonly cancelled: string[] = [];
  private routeAfter = false;

  constructor(private readonly state: PmState, readonly now: Date) {
    this.queues = queuesOf(state[QUEUES_KEY]);
    this.agents = agentsOf(state[AGENTS_KEY]);
  }

  conversation(conversationId: string): ConversationInfo | null {
    if (this.conversations.has(conversationId)) return this.conversations.get(conversationId) ?? null;
    return (this.state[conversationKey(conversationId)] as ConversationInfo | null | undefined) ?? null;
  }

  keepConversation(conversationId: string, info: ConversationInfo | null): void {
    this.conversations.set(conversationId, info);
  }

  touchQueues(): void {
    this.changed.add(QUEUES_KEY);
  }

  touchAgents(): void {
    this.changed.add(AGENTS_KEY);
  }

  waiting(conversationId: string): Waiting | undefined {
    return this.queues.waiting.find((w) => w.conversationId === conversationId);
  }

  removeWaiting(conversationId: string): void {
    const before = this.queues.waiting.length;
    this.queues.waiting = this.queues.waiting.filter((w) => w.conversationId !== conversationId);
    if (this.queues.waiting.length !== before) this.touchQueues();
  }

  send(type: string, payload: Record<string, unknown>): void {
    this.commands.push({ type, payload });
  }

  arm(timer: TimerRequest): void {
    this.set.push(timer);
  }

  cancel(...timerIds: string[]): void {
    this.cancelled.push(...timerIds);
  }

  /** Offers what can be offered once the event is folded. */
  route(): void {
    this.routeAfter = true;
  }

  reaction(): Reaction {
    if (this.routeAfter) this.offer();
    const state: Record<string, PmDocument | null> = {};
    if (this.changed.has(QUEUES_KEY)) state[QUEUES_KEY] = this.queues;
    if (this.changed.has(AGENTS_KEY)) state[AGENTS_KEY] = this.agents;
    for (const [id, info] of this.conversations) state[conversationKey(id)] = info;
    // A timer set after being cancelled in the same reaction is re-armed: the runner applies cancels first.
    const cancel = this.cancelled.filter((id) => !this.set.some((t) => t.id === id));
    return { state, commands: this.commands, timers: { set: this.set, cancel } };
  }

  private offer(): void {
    for (const { conversationId, agentId } of planOffers(this.queues, this.agents)) {
      const waiting = this.waiting(conversationId)!;
      waiting.offer = { agentId };
      this.touchQueues();
      const expiresAt = after(this.now, settingsOf(this.queues, waiting.queueId).offerTimeoutSeconds * SECOND_MS);
      this.send('OfferConversation', { conversationId, agentId, expiresAt: expiresAt.toISOString() });
      this.arm(offerRetry(conversationId, agentId, after(this.now, OFFER_RETRY_MS)));
    }
  }
}
