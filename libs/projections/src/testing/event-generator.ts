import {
  Actor,
  Agent,
  agentDecider,
  AgentStatus,
  AGENT_STATUSES,
  agentStream,
  Conversation,
  conversationDecider,
  conversationStream,
  Decider,
  DomainError,
  recordedRole,
  SCHEMA_VERSION,
  TransferReason,
  transferReasonDecider,
  transferReasonStream,
} from '@handoff/domain';
import { eventIdFor, EventStore, NewEvent, RecordedEvent } from '@handoff/event-store';

/**
 * A reproducible, realistic log: a seeded random walk of commands (open, assign, transfer, unassign, close, agent
 * status and queues, reason rename and retire) over several tenants, each decided by the domain's deciders against
 * the state its stream folds to, exactly as the command side would. Time moves forward by seconds to minutes per
 * command, so the log crosses many hours.
 */
export interface GeneratorOptions {
  seed: number;
  /** Stop once at least this many events were generated. */
  events: number;
  tenants?: number;
  queuesPerTenant?: number;
  agentsPerTenant?: number;
  reasonsPerTenant?: number;
  /** Open conversations each tenant tends towards. */
  openConversations?: number;
  start?: string;
  maxStepSeconds?: number;
}

export interface GeneratedAppend {
  stream: string;
  events: NewEvent[];
  expectedVersion: number | 'no_stream';
}

interface Entry<State> {
  state: State;
  version: number;
}

interface TenantWorld {
  id: string;
  supervisor: Actor;
  queues: string[];
  agents: Map<string, Entry<Agent>>;
  reasons: Map<string, Entry<TransferReason>>;
  conversations: Map<string, Entry<Conversation>>;
  open: string[];
  opened: number;
}

/** mulberry32: small, fast and good enough to pick test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class World {
  private readonly random: () => number;
  private readonly tenants: TenantWorld[];
  private clock: number;
  private commands = 0;
  private pending: GeneratedAppend[] = [];

  constructor(private readonly options: Required<GeneratorOptions>) {
    this.random = seededRandom(options.seed);
    this.clock = Date.parse(options.start);
    this.tenants = Array.from({ length: options.tenants }, (_, t) => {
      const id = `tenant-${t + 1}`;
      return {
        id,
        supervisor: { id: `sup-${t + 1}`, tenantId: id, roles: ['SUPERVISOR'] },
        queues: Array.from({ length: options.queuesPerTenant }, (_, q) => `queue-${q + 1}`),
        agents: new Map(),
        reasons: new Map(),
        conversations: new Map(),
        open: [],
        opened: 0,
      };
    });
  }

  *appends(): Generator<GeneratedAppend> {
    let events = 0;
    for (const tenant of this.tenants) {
      for (let a = 1; a <= this.options.agentsPerTenant; a++) this.registerAgent(tenant, `agent-${a}`);
      for (let r = 1; r <= this.options.reasonsPerTenant; r++) this.defineReason(tenant, `reason-${r}`);
      for (const agentId of tenant.agents.keys()) if (this.random() < 0.7) this.setStatus(tenant, agentId, 'ONLINE');
    }
    while (events < this.options.events) {
      while (this.pending.length === 0) this.step();
      const append = this.pending.shift() as GeneratedAppend;
      events += append.events.length;
      yield append;
    }
  }

  private step(): void {
    const tenant = this.pick(this.tenants);
    this.clock += 1000 + Math.floor(this.random() * this.options.maxStepSeconds * 1000);
    const roll = this.random();
    if (roll < 0.03) this.setStatus(tenant, this.pick([...tenant.agents.keys()]), this.pick(AGENT_STATUSES));
    else if (roll < 0.035) this.registerAgent(tenant, this.pick([...tenant.agents.keys()]));
    else if (roll < 0.037) this.deactivateAgent(tenant, this.pick([...tenant.agents.keys()]));
    else if (roll < 0.045) this.defineReason(tenant, this.pick([...tenant.reasons.keys()]));
    else if (roll < 0.048) this.retireReason(tenant);
    else if (tenant.open.length < this.options.openConversations && this.random() < 0.5) this.openConversation(tenant);
    else if (tenant.open.length > 0) this.moveConversation(tenant, this.pick(tenant.open));
    else this.openConversation(tenant);
  }

  private moveConversation(tenant: TenantWorld, conversationId: string): void {
    const entry = tenant.conversations.get(conversationId) as Entry<Conversation>;
    const state = entry.state as Extract<Conversation, { exists: true }>;
    const roll = this.random();
    if (state.status === 'QUEUED') {
      if (roll < 0.85) this.assign(tenant, conversationId, state.queueId);
      else this.conversationCommand(tenant, conversationId, { type: 'CloseConversation', actor: tenant.supervisor, conversationId });
      return;
    }
    const assignee = state.assigneeId as string;
    const byAssignee = this.random() < 0.5;
    const actor: Actor = byAssignee ? { id: assignee, tenantId: tenant.id, roles: ['AGENT'] } : tenant.supervisor;
    if (roll < 0.35) {
      const toAgentId = this.pick([...tenant.agents.keys()].filter((id) => id !== assignee));
      const reasonId = this.pick([...tenant.reasons.keys()]);
      const reason = tenant.reasons.get(reasonId)?.state as TransferReason;
      this.conversationCommand(tenant, conversationId, {
        type: 'TransferConversation', actor, conversationId,
        toAgent: this.agentSnapshot(tenant, toAgentId),
        reason: reason.exists
          ? { id: reasonId, defined: true, active: reason.active, name: reason.name }
          : { id: reasonId, defined: false, active: false, name: '' },
        ...(this.random() < 0.4 ? { note: `customer asked about ${reasonId} (${this.commands})` } : {}),
      });
    } else if (roll < 0.5) {
      this.conversationCommand(tenant, conversationId, {
        type: 'UnassignConversation', actor, conversationId, ...(this.random() < 0.3 ? { note: 'back to the queue' } : {}),
      });
    } else {
      this.conversationCommand(tenant, conversationId, { type: 'CloseConversation', actor, conversationId });
    }
  }

  private assign(tenant: TenantWorld, conversationId: string, queueId: string): void {
    const serving = [...tenant.agents.entries()]
      .filter(([, e]) => e.state.exists && e.state.active && e.state.queueIds.includes(queueId))
      .map(([id]) => id);
    const agentId = serving.length > 0 ? this.pick(serving) : this.pick([...tenant.agents.keys()]);
    const actor: Actor = this.random() < 0.3 ? { id: agentId, tenantId: tenant.id, roles: ['AGENT'] } : tenant.supervisor;
    this.conversationCommand(tenant, conversationId, {
      type: 'AssignConversation', actor, conversationId, agent: this.agentSnapshot(tenant, agentId),
    });
  }

  private openConversation(tenant: TenantWorld): void {
    tenant.opened += 1;
    const conversationId = `conv-${tenant.opened}`;
    tenant.conversations.set(conversationId, { state: { exists: false }, version: 0 });
    tenant.open.push(conversationId);
    const contact = this.random() < 0.6 ? { id: `contact-${Math.floor(this.random() * 5000)}`, ...(this.random() < 0.5 ? { name: 'Ana Pérez' } : {}) } : undefined;
    this.conversationCommand(tenant, conversationId, {
      type: 'OpenConversation', actor: tenant.supervisor, conversationId,
      queueId: this.pick(tenant.queues), channel: this.pick(['whatsapp', 'webchat', 'email']),
      ...(contact ? { contact } : {}),
    });
  }

  private conversationCommand(tenant: TenantWorld, conversationId: string, command: Parameters<typeof conversationDecider.decide>[0]): void {
    const entry = tenant.conversations.get(conversationId) as Entry<Conversation>;
    this.execute(tenant, command.actor, conversationStream(tenant.id, conversationId), conversationDecider, entry, command);
    if (entry.state.exists && entry.state.status === 'CLOSED') {
      const index = tenant.open.indexOf(conversationId);
      tenant.open[index] = tenant.open[tenant.open.length - 1];
      tenant.open.pop();
    }
  }

  private registerAgent(tenant: TenantWorld, agentId: string): void {
    const count = 1 + Math.floor(this.random() * 2);
    const queueIds = [...new Set(Array.from({ length: count }, () => this.pick(tenant.queues)))].sort();
    this.agentCommand(tenant, agentId, { type: 'RegisterAgent', actor: tenant.supervisor, agentId, name: `Agent ${agentId}`, queueIds });
  }

  private setStatus(tenant: TenantWorld, agentId: string, status: AgentStatus): void {
    this.agentCommand(tenant, agentId, { type: 'SetAgentStatus', actor: tenant.supervisor, agentId, status });
  }

  private deactivateAgent(tenant: TenantWorld, agentId: string): void {
    this.agentCommand(tenant, agentId, { type: 'DeactivateAgent', actor: tenant.supervisor, agentId });
  }

  private agentCommand(tenant: TenantWorld, agentId: string, command: Parameters<typeof agentDecider.decide>[0]): void {
    if (!tenant.agents.has(agentId)) tenant.agents.set(agentId, { state: { exists: false }, version: 0 });
    const entry = tenant.agents.get(agentId) as Entry<Agent>;
    this.execute(tenant, command.actor, agentStream(tenant.id, agentId), agentDecider, entry, command);
  }

  /** Defines the reason, or renames an existing one (which also brings a retired one back). */
  private defineReason(tenant: TenantWorld, reasonId: string): void {
    const renames = (tenant.reasons.get(reasonId)?.version ?? 0) + 1;
    const name = renames === 1 ? `Reason ${reasonId}` : `Reason ${reasonId} (v${renames})`;
    this.reasonCommand(tenant, reasonId, { type: 'DefineTransferReason', actor: tenant.supervisor, reasonId, name });
  }

  /** Retires an active reason while at least two others stay active. */
  private retireReason(tenant: TenantWorld): void {
    const active = [...tenant.reasons.entries()].filter(([, e]) => e.state.exists && e.state.active).map(([id]) => id);
    if (active.length <= 2) return;
    const reasonId = this.pick(active);
    this.reasonCommand(tenant, reasonId, { type: 'RetireTransferReason', actor: tenant.supervisor, reasonId });
  }

  private reasonCommand(tenant: TenantWorld, reasonId: string, command: Parameters<typeof transferReasonDecider.decide>[0]): void {
    if (!tenant.reasons.has(reasonId)) tenant.reasons.set(reasonId, { state: { exists: false }, version: 0 });
    const entry = tenant.reasons.get(reasonId) as Entry<TransferReason>;
    this.execute(tenant, command.actor, transferReasonStream(tenant.id, reasonId), transferReasonDecider, entry, command);
  }

  private agentSnapshot(tenant: TenantWorld, agentId: string): { id: string; registered: boolean; active: boolean } {
    const state = tenant.agents.get(agentId)?.state;
    return { id: agentId, registered: !!state?.exists, active: !!(state?.exists && state.active) };
  }

  /** Decides the command against the stream's state; a refusal or a no-op appends nothing, as on the command side. */
  private execute<C, E extends { type: string; data: object }, S>(
    tenant: TenantWorld, actor: Actor, stream: string, decider: Decider<C, E, S>, entry: Entry<S>, command: C,
  ): void {
    let events: E[];
    try {
      events = decider.decide(command, entry.state);
    } catch (error) {
      if (error instanceof DomainError) return;
      throw error;
    }
    if (events.length === 0) return;
    this.commands += 1;
    const commandId = `cmd-${this.options.seed}-${this.commands}`;
    const occurredAt = new Date(this.clock).toISOString();
    this.pending.push({
      stream,
      expectedVersion: entry.version === 0 ? 'no_stream' : entry.version,
      events: events.map((event, index) => ({
        eventId: eventIdFor({ tenantId: tenant.id, stream, commandId }, index),
        type: event.type,
        data: event.data as Record<string, unknown>,
        metadata: {
          tenantId: tenant.id, actor: { id: actor.id, role: recordedRole(actor) }, occurredAt,
          commandId, correlationId: commandId, causationId: commandId, schemaVersion: SCHEMA_VERSION,
        },
      })),
    });
    entry.state = events.reduce(decider.evolve, entry.state);
    entry.version += events.length;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }
}

const DEFAULTS: Omit<Required<GeneratorOptions>, 'seed' | 'events'> = {
  tenants: 3,
  queuesPerTenant: 4,
  agentsPerTenant: 10,
  reasonsPerTenant: 4,
  openConversations: 40,
  start: '2026-03-02T08:00:00.000Z',
  maxStepSeconds: 60,
};

/** The appends of a generated log, lazily: a million events need not be held at once. */
export function generateAppends(options: GeneratorOptions): Generator<GeneratedAppend> {
  return new World({ ...DEFAULTS, ...options }).appends();
}

export function tenantsOf(options: Pick<GeneratorOptions, 'tenants'>): string[] {
  return Array.from({ length: options.tenants ?? DEFAULTS.tenants }, (_, t) => `tenant-${t + 1}`);
}

/** The log as the event store would record it (positions from 1), for projections applied in memory. */
export function recordAll(appends: Iterable<GeneratedAppend>): RecordedEvent[] {
  const recorded: RecordedEvent[] = [];
  for (const append of appends) {
    const base = append.expectedVersion === 'no_stream' ? 0 : append.expectedVersion;
    append.events.forEach((event, index) =>
      recorded.push({ ...event, stream: append.stream, streamVersion: base + index + 1, position: BigInt(recorded.length + 1) }),
    );
  }
  return recorded;
}

/**
 * Appends through the port. Appends issued together share one commit in the SQLite store (group commit), so
 * `groupSize` of them go at once; the order of the log is the order of the appends.
 */
export async function appendAll(store: EventStore, appends: Iterable<GeneratedAppend>, groupSize = 1000): Promise<number> {
  let events = 0;
  let group: Array<Promise<unknown>> = [];
  for (const append of appends) {
    events += append.events.length;
    group.push(store.append(append.stream, append.events, append.expectedVersion));
    if (group.length >= groupSize) {
      await Promise.all(group);
      group = [];
    }
  }
  await Promise.all(group);
  return events;
}
