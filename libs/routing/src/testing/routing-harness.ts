import { DomainEvent } from '@handoff/domain';
import { RecordedEvent } from '@handoff/event-store';
import { CommandRequest, PmDocument, Reaction, Timer, TimerRequest } from '@handoff/process-managers';
import { routingManager } from '../routing.manager';

export const TENANT = 't1';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The stream an event of the routing vocabulary goes to: its queue's, agent's or conversation's. */
export function streamOf(tenantId: string, event: DomainEvent): string {
  const data = event.data as Record<string, unknown>;
  if (event.type.startsWith('Queue')) return `queue-${tenantId}.${String(data.queueId)}`;
  if (event.type.startsWith('Agent')) return `agent-${tenantId}.${String(data.agentId)}`;
  return `conversation-${tenantId}.${String(data.conversationId)}`;
}

/**
 * The routing manager driven in memory as the runner drives it: the state documents kept between reactions, timers
 * set and cancelled, the commands sent. Events get stream versions per stream and times from a clock the test moves.
 */
export class RoutingHarness {
  readonly state = new Map<string, PmDocument | null>();
  readonly timers = new Map<string, TimerRequest>();
  commands: CommandRequest[] = [];
  /** What the last reaction read and wrote, in keys and JSON characters: what the runner reads and commits for it. */
  last = { read: [] as string[], readChars: 0, writtenChars: 0 };
  now = new Date('2026-01-01T10:00:00.000Z');
  private readonly versions = new Map<string, number>();
  private position = 0n;

  tick(seconds: number): void {
    this.now = new Date(this.now.getTime() + seconds * 1000);
  }

  /** Appends the events (one stream each, by the entity they name) and lets the manager react to each. */
  given(...events: DomainEvent[]): this {
    for (const event of events) this.react(this.record(event));
    return this;
  }

  /** Commands sent since the last call. */
  sent(): CommandRequest[] {
    const sent = this.commands;
    this.commands = [];
    return sent;
  }

  /** Fires every timer due by now, earliest first. */
  fireDue(): void {
    const due = [...this.timers.values()].filter((t) => t.dueAt <= this.now).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    for (const request of due) {
      this.timers.delete(request.id);
      const timer: Timer = {
        id: request.id, tenantId: TENANT, dueAt: request.dueAt.toISOString(), payload: request.payload, keys: [...(request.keys ?? [])], fireId: `fire-${request.id}`, correlationId: 'c',
      };
      this.apply(this.settle(timer.keys, (state) => routingManager.onTimer(state, timer, this.now)));
    }
  }

  timer(id: string): TimerRequest | undefined {
    return this.timers.get(id);
  }

  version(stream: string): number {
    return this.versions.get(stream) ?? 0;
  }

  private record(event: DomainEvent): RecordedEvent {
    const data = event.data as Record<string, unknown>;
    const stream = streamOf(TENANT, event);
    const streamVersion = this.version(stream) + 1;
    this.versions.set(stream, streamVersion);
    this.position++;
    return {
      eventId: `e${this.position}`, type: event.type, data, stream, streamVersion, position: this.position,
      metadata: { tenantId: TENANT, actor: { id: 'x', role: 'SUPERVISOR' }, occurredAt: this.now.toISOString(), commandId: 'c', correlationId: 'c', causationId: 'c', schemaVersion: 1 },
    };
  }

  private react(event: RecordedEvent): void {
    const keys = routingManager.keys(event);
    this.apply(this.settle(keys, (state) => routingManager.react(state, event, this.now)), keys);
  }

  /** As the runner does: only the keys asked for are given, more each time the reaction needs more. */
  private settle(first: readonly string[], decide: (state: Record<string, PmDocument | null>) => Reaction): Reaction & { read: string[] } {
    const read = new Set(first);
    for (;;) {
      const reaction = decide(Object.fromEntries([...read].map((key) => [key, this.state.get(key) ?? null])));
      const more = (reaction.needs ?? []).filter((key) => !read.has(key));
      if (more.length === 0) {
        const chars = (documents: Array<PmDocument | null | undefined>): number => documents.reduce((sum, d) => sum + JSON.stringify(d ?? null).length, 0);
        this.last = { read: [...read], readChars: chars([...read].map((key) => this.state.get(key))), writtenChars: chars(Object.values(reaction.state ?? {})) };
        return { ...reaction, read: [...read] };
      }
      for (const key of more) read.add(key);
    }
  }

  private apply(reaction: Reaction & { read: string[] }, keys?: readonly string[]): void {
    for (const [key, value] of Object.entries(reaction.state ?? {})) {
      if (!reaction.read.includes(key)) throw new Error(`the reaction wrote ${key}, which it did not read`);
      // Frozen as kept: a reaction that changed a document it was given, instead of its own copy, throws.
      this.state.set(key, deepFreeze(value));
    }
    for (const id of reaction.timers?.cancel ?? []) this.timers.delete(id);
    for (const timer of reaction.timers?.set ?? []) this.timers.set(timer.id, { ...timer, keys: timer.keys ?? keys });
    this.commands.push(...(reaction.commands ?? []));
  }
}

/** Events as the command side appends them (data shapes of the routing vocabulary). */
export const ev = {
  configured: (queueId: string, routing: 'AUTO' | 'MANUAL', more: { offerTimeoutSeconds?: number; maxWaitSeconds?: number; returnAfterSeconds?: number } = {}): DomainEvent =>
    ({ type: 'QueueConfigured', data: { queueId, routing, offerTimeoutSeconds: more.offerTimeoutSeconds ?? 30, serviceLevelSeconds: 60, ...more } }),
  registered: (agentId: string, queueIds: string[] = ['q1']): DomainEvent => ({ type: 'AgentRegistered', data: { agentId, name: agentId, queueIds } }),
  status: (agentId: string, status: 'ONLINE' | 'AWAY' | 'OFFLINE'): DomainEvent => ({ type: 'AgentStatusChanged', data: { agentId, status } }),
  deactivated: (agentId: string): DomainEvent => ({ type: 'AgentDeactivated', data: { agentId } }),
  capacity: (agentId: string, maxConversations: number | null, channelLimits: Array<{ channel: string; max: number }> = []): DomainEvent =>
    ({ type: 'AgentCapacitySet', data: { agentId, maxConversations, channelLimits } }),
  taken: (agentId: string, conversationId: string, channel = 'chat'): DomainEvent => ({ type: 'AgentConversationTaken', data: { agentId, conversationId, channel } }),
  released: (agentId: string, conversationId: string): DomainEvent => ({ type: 'AgentConversationReleased', data: { agentId, conversationId } }),
  opened: (conversationId: string, queueId = 'q1', channel = 'chat'): DomainEvent => ({ type: 'ConversationOpened', data: { conversationId, queueId, channel } }),
  offered: (conversationId: string, agentId: string, expiresAt: string, queueId = 'q1'): DomainEvent => ({ type: 'ConversationOffered', data: { conversationId, agentId, queueId, expiresAt } }),
  declined: (conversationId: string, agentId: string, queueId = 'q1'): DomainEvent => ({ type: 'ConversationOfferDeclined', data: { conversationId, agentId, queueId } }),
  expired: (conversationId: string, agentId: string, queueId = 'q1'): DomainEvent => ({ type: 'ConversationOfferExpired', data: { conversationId, agentId, queueId } }),
  withdrawn: (conversationId: string, agentId: string, cause: 'AGENT_UNAVAILABLE' | 'ASSIGNED', queueId = 'q1'): DomainEvent =>
    ({ type: 'ConversationOfferWithdrawn', data: { conversationId, agentId, queueId, cause } }),
  assigned: (conversationId: string, agentId: string, queueId = 'q1'): DomainEvent => ({ type: 'ConversationAssigned', data: { conversationId, agentId, queueId } }),
  unassigned: (conversationId: string, agentId: string, queueId = 'q1'): DomainEvent => ({ type: 'ConversationUnassigned', data: { conversationId, agentId, queueId } }),
  transferred: (conversationId: string, fromAgentId: string, toAgentId: string): DomainEvent =>
    ({ type: 'ConversationTransferred', data: { conversationId, fromAgentId, toAgentId, reasonId: 'r', reasonName: 'R' } }),
  replied: (conversationId: string, agentId: string): DomainEvent => ({ type: 'ConversationActivityRecorded', data: { conversationId, kind: 'AGENT_REPLIED', agentId } }),
  returned: (conversationId: string, agentId: string, queueId = 'q1'): DomainEvent => ({ type: 'ConversationReturnedToQueue', data: { conversationId, agentId, queueId, cause: 'NO_REPLY' } }),
  closed: (conversationId: string): DomainEvent => ({ type: 'ConversationClosed', data: { conversationId } }),
};
