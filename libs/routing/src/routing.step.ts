import { CommandRequest, PmDocument, PmState, Reaction, TimerRequest } from '@handoff/process-managers';
import { planOffers } from './routing.policy';
import {
  agentKey, AgentEntry, conversationKey, ConversationInfo, emptyQueue, PageDocument, QueueDocument, queueKey, settingsOf, Waiting,
} from './routing.state';
import { after, OFFER_RETRY_MS, offerRetry, SECOND_MS } from './routing.timers';
import { editWaiting } from './routing.waiting-list';

/** Thrown by a read of a document the reaction was not given: the runner reads them and runs the reaction again. */
export class NeedKeys {
  constructor(readonly keys: readonly string[]) {}
}

/** What routing is asked to look at once the event is folded (see `planOffers`). */
export interface RouteRequest {
  conversations: Set<string>;
  agents: Set<string>;
  queues: Set<string>;
}

/**
 * One reaction of the routing manager: the documents it was given, working copies of those it changes, and what it
 * decides (state to keep, commands, timers). Pure: built from the state and the time it is given. Documents are
 * read-only as given; `edit…` makes the reaction's own copy, which it keeps.
 */
export class RoutingStep {
  private readonly edits = new Map<string, PmDocument | null>();
  /** Entries of pages this reaction copied itself (a page is copied shallowly; an entry when it changes). */
  private readonly ownEntries = new WeakSet<Waiting>();
  private readonly commands: CommandRequest[] = [];
  private readonly set: TimerRequest[] = [];
  private readonly cancelled: string[] = [];
  readonly routing: RouteRequest = { conversations: new Set(), agents: new Set(), queues: new Set() };

  constructor(private readonly state: PmState, readonly now: Date) {}

  /** Every key not read yet, asked for at once. */
  need(...keys: string[]): void {
    const missing = keys.filter((key) => !this.edits.has(key) && !(key in this.state));
    if (missing.length) throw new NeedKeys(missing);
  }

  read<T>(key: string): T | null {
    this.need(key);
    return ((this.edits.has(key) ? this.edits.get(key) : this.state[key]) ?? null) as T | null;
  }

  /** The reaction's own copy of a document (made from `create` when there is none), kept when it ends. */
  edit<T>(key: string, create: () => T): T {
    const current = this.read<T>(key);
    if (this.edits.has(key) && current !== null) return current;
    const copy = current === null ? create() : structuredClone(current);
    this.edits.set(key, copy as PmDocument);
    return copy;
  }

  put(key: string, value: PmDocument | null): void {
    this.edits.set(key, value);
  }

  queue(queueId: string): QueueDocument | null {
    return this.read<QueueDocument>(queueKey(queueId));
  }

  editQueue(queueId: string): QueueDocument {
    return this.edit(queueKey(queueId), emptyQueue);
  }

  agent(agentId: string): AgentEntry | null {
    return this.read<AgentEntry>(agentKey(agentId));
  }

  editAgent(agentId: string): AgentEntry | null {
    return this.agent(agentId) === null ? null : this.edit<AgentEntry>(agentKey(agentId), () => { throw new Error('unreachable'); });
  }

  conversation(conversationId: string): ConversationInfo | null {
    return this.read<ConversationInfo>(conversationKey(conversationId));
  }

  page(key: string): PageDocument {
    return this.read<PageDocument>(key) ?? { waiting: [] };
  }

  /** The reaction's own copy of a page: its list copied, its entries shared until `editEntry` copies one. */
  editPage(key: string): PageDocument {
    const current = this.read<PageDocument>(key);
    if (this.edits.has(key) && current !== null) return current;
    const copy: PageDocument = { waiting: current ? [...current.waiting] : [] };
    this.edits.set(key, copy);
    return copy;
  }

  /** The entry at `index` of a page this reaction copied, itself copied once to be changed. */
  editEntry(page: PageDocument, index: number): Waiting {
    let entry = page.waiting[index];
    if (!this.ownEntries.has(entry)) {
      entry = structuredClone(entry);
      page.waiting[index] = entry;
      this.ownEntries.add(entry);
    }
    return entry;
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

  routeConversation(conversationId: string): void {
    this.routing.conversations.add(conversationId);
  }

  routeAgent(agentId: string): void {
    this.routing.agents.add(agentId);
  }

  routeQueue(queueId: string): void {
    this.routing.queues.add(queueId);
  }

  reaction(): Reaction {
    this.offer();
    // A timer set after being cancelled in the same reaction is re-armed: the runner applies cancels first.
    const cancel = this.cancelled.filter((id) => !this.set.some((t) => t.id === id));
    return { state: Object.fromEntries(this.edits), commands: this.commands, timers: { set: this.set, cancel } };
  }

  /** Offers what can be offered once the event is folded. */
  private offer(): void {
    for (const { conversationId, agentId } of planOffers(this, this.routing)) {
      const waiting = editWaiting(this, conversationId)!;
      waiting.offer = { agentId };
      this.editAgent(agentId)!.offers[conversationId] = waiting.channel;
      const expiresAt = after(this.now, settingsOf(this.queue(waiting.queueId)).offerTimeoutSeconds * SECOND_MS);
      this.send('OfferConversation', { conversationId, agentId, expiresAt: expiresAt.toISOString() });
      this.arm(offerRetry(conversationId, agentId, after(this.now, OFFER_RETRY_MS)));
    }
  }
}
