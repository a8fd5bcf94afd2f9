import {
  Actor, Conversation, ConversationCommand, conversationDecider, conversationStream, DomainError, queueDecider, QueueCommand,
  queueStream, recordedRole, SCHEMA_VERSION, systemActor,
} from '@handoff/domain';
import { eventIdFor } from '@handoff/event-store';
import { GeneratedAppend, seededRandom } from './event-generator';

/**
 * A reproducible log for queue performance and transfer analytics: a seeded random walk of every conversation
 * command (open, assign, offer, accept, decline, expire, withdraw, reply, transfer among a few agents so that
 * ping-pong happens, unassign, no-reply return, wait breach, close while waiting or assigned) and queue
 * configurations with changing service levels, each decided by the real deciders against the state its stream
 * folds to. Time moves by seconds to many minutes and sometimes lands exactly on, or just before, an hour.
 */
export interface AnalyticsLogOptions {
  seed: number;
  steps: number;
  tenantId?: string;
  agents?: number;
  queues?: number;
  reasons?: number;
  start?: string;
}

interface Stream<S> { state: S; version: number }

const HOUR_MS = 3_600_000;

/** The log's appends, one per command, in order (`recordAll` makes them the recorded log). */
export function analyticsLog(options: AnalyticsLogOptions): GeneratedAppend[] {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const tenantId = options.tenantId ?? 'acme';
  const agents = Array.from({ length: options.agents ?? 4 }, (_, a) => `agent-${a + 1}`);
  const queues = Array.from({ length: options.queues ?? 3 }, (_, q) => `queue-${q + 1}`);
  const reasons = Array.from({ length: options.reasons ?? 3 }, (_, r) => `reason-${r + 1}`);
  const supervisor: Actor = { id: 'sup-1', tenantId, roles: ['SUPERVISOR'] };
  const system = systemActor(tenantId);
  const agentActor = (id: string): Actor => ({ id, tenantId, roles: ['AGENT'] });
  const snapshot = (id: string) => ({ id, registered: true, active: true });
  const log: GeneratedAppend[] = [];
  const conversations = new Map<string, Stream<Conversation>>();
  const queueStreams = new Map<string, Stream<unknown>>();
  let clock = Date.parse(options.start ?? '2026-03-02T08:00:00.000Z');
  let commands = 0;

  function record<C extends { actor: Actor }, E extends { type: string; data: object }, S>(
    stream: string, entry: Stream<S>, decider: { decide: (c: C, s: S) => E[]; evolve: (s: S, e: E) => S }, command: C,
  ): void {
    let events: E[];
    try {
      events = decider.decide(command, entry.state);
    } catch (error) {
      if (error instanceof DomainError) return;
      throw error;
    }
    if (events.length === 0) return;
    commands += 1;
    const commandId = `cmd-${options.seed}-${commands}`;
    const metadata = {
      tenantId, actor: { id: command.actor.id, role: recordedRole(command.actor) }, occurredAt: new Date(clock).toISOString(),
      commandId, correlationId: commandId, causationId: commandId, schemaVersion: SCHEMA_VERSION,
    };
    log.push({
      stream,
      expectedVersion: entry.version === 0 ? 'no_stream' : entry.version,
      events: events.map((event, index) => ({
        eventId: eventIdFor({ tenantId, stream, commandId }, index), type: event.type, data: event.data as Record<string, unknown>, metadata,
      })),
    });
    entry.state = events.reduce(decider.evolve, entry.state);
    entry.version += events.length;
  }

  const configure = (queueId: string): void => {
    const entry = queueStreams.get(queueId) ?? { state: { exists: false }, version: 0 };
    queueStreams.set(queueId, entry);
    const command: QueueCommand = { type: 'ConfigureQueue', actor: supervisor, queueId, routing: 'AUTO', serviceLevelSeconds: pick([30, 60, 300, 900]) };
    record(queueStream(tenantId, queueId), entry as Stream<never>, queueDecider as never, command);
  };

  const advance = (): void => {
    const nextHour = Math.ceil((clock + 1) / HOUR_MS) * HOUR_MS;
    const roll = random();
    if (nextHour - clock <= 300_000 && roll < 0.3) clock = roll < 0.15 ? nextHour : Math.max(clock + 1, nextHour - 1);
    else clock += 1000 + Math.floor(random() * (random() < 0.1 ? 1_200_000 : 90_000));
  };

  function move(conversationId: string, entry: Stream<Conversation>): void {
    const state = entry.state;
    if (!state.exists || state.status === 'CLOSED') return;
    const conversation = { conversationId };
    const base = { ...conversation, actor: supervisor };
    const agentId = pick(agents);
    const roll = random();
    let command: ConversationCommand;
    if (state.status === 'QUEUED') {
      if (roll < 0.4) command = { ...conversation, type: 'OfferConversation', actor: system, agent: { ...snapshot(agentId), status: 'ONLINE', queueIds: queues }, expiresAt: new Date(clock + 30_000).toISOString() };
      else if (roll < 0.7) command = { ...base, type: 'AssignConversation', agent: snapshot(agentId) };
      else if (roll < 0.85) command = { ...conversation, type: 'RecordQueueWaitBreach', actor: system, waitVersion: state.waitVersion ?? 0 };
      else command = { ...base, type: 'CloseConversation' };
    } else if (state.status === 'OFFERED') {
      const offered = state.offer?.agentId as string;
      if (roll < 0.35) command = { ...conversation, type: 'AcceptConversation', actor: agentActor(offered), agent: snapshot(offered) };
      else if (roll < 0.5) command = { ...conversation, type: 'DeclineConversation', actor: agentActor(offered) };
      else if (roll < 0.65) command = { ...conversation, type: 'ExpireOffer', actor: system, agentId: offered, offeredVersion: state.offer?.version ?? 0 };
      else if (roll < 0.72) command = { ...conversation, type: 'WithdrawOffer', actor: system, agentId: offered };
      else if (roll < 0.8) command = { ...base, type: 'AssignConversation', agent: snapshot(agentId) };
      else if (roll < 0.88) command = { ...conversation, type: 'RecordQueueWaitBreach', actor: system, waitVersion: state.waitVersion ?? 0 };
      else command = { ...base, type: 'CloseConversation' };
    } else {
      const holder = state.assigneeId as string;
      if (roll < 0.3) command = { ...conversation, type: 'RecordActivity', actor: agentActor(holder), kind: 'AGENT_REPLIED' };
      else if (roll < 0.55) {
        const reasonId = pick(reasons);
        command = { ...base, type: 'TransferConversation', toAgent: snapshot(agentId), reason: { id: reasonId, defined: true, active: true, name: reasonId } };
      } else if (roll < 0.65) command = { ...base, type: 'UnassignConversation' };
      else if (roll < 0.75) command = { ...conversation, type: 'ReturnConversationToQueue', actor: system, agentId: holder, assignedVersion: state.assignedAtVersion ?? 0 };
      else if (roll < 0.8) command = { ...conversation, type: 'RecordActivity', actor: { id: 'bot', tenantId, roles: ['INTEGRATION'] }, kind: 'CONTACT_MESSAGED' };
      else command = { ...base, type: 'CloseConversation' };
    }
    record(conversationStream(tenantId, conversationId), entry, conversationDecider, command);
  }

  for (const queueId of queues.slice(1)) configure(queueId);
  for (let step = 0; step < options.steps; step++) {
    advance();
    const open = [...conversations.entries()].filter(([, entry]) => entry.state.exists && entry.state.status !== 'CLOSED');
    const roll = random();
    if (roll < 0.02) configure(pick(queues));
    else if (open.length === 0 || (open.length < 15 && roll < 0.25)) {
      const conversationId = `conv-${conversations.size + 1}`;
      const entry: Stream<Conversation> = { state: conversationDecider.initialState, version: 0 };
      conversations.set(conversationId, entry);
      record(conversationStream(tenantId, conversationId), entry, conversationDecider, {
        type: 'OpenConversation', actor: supervisor, conversationId, queueId: pick(queues), channel: 'webchat',
      });
    } else move(...pick(open));
  }
  return log;
}
