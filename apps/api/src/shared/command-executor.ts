import { ConcurrencyConflict, decodeEvent, Decider, DomainEvent, isEventOf, recordedRole, SCHEMA_VERSION } from '@handoff/domain';
import { AppendResult, CommandScope, EVENT_STORE, eventIdFor, EventStore, NewEvent, Position, StreamAppend } from '@handoff/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from './clock';
import { commandHash, SentCommand } from './command-hash';
import { FoldedStates } from './folded-states';
import { KeyedLock } from './keyed-lock';

export interface CommandOutcome {
  stream: string;
  /** Position of the last event appended (or appended by the original of a retried command); null when none. */
  position: Position | null;
  /** The stream's version after the command. */
  version: number;
  /** True when the command id had already been handled: nothing was appended this time. */
  replayed: boolean;
  /** Events this call appended: 0 when replayed or when the decision was a no-op. */
  appended: number;
}

/** Events a decision appends to another stream, decided from that stream's state as read at `version`. */
export interface OtherStreamEvents {
  stream: string;
  version: number;
  events: readonly DomainEvent[];
}

/** What a decision appends: to the command's own stream and, in the same atomic write, to others (e.g. agents'). */
export interface StreamsDecision<Event extends DomainEvent> {
  events: Event[];
  others: readonly OtherStreamEvents[];
}

export type Decision<Event extends DomainEvent> = Event[] | StreamsDecision<Event>;

export interface Execution<State, Event extends DomainEvent> {
  stream: string;
  decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState' | 'eventTypes'>;
  /** Its meta and props: its input and, when given, the version the stream must be at exactly (no retry: a conflict). */
  command: SentCommand;
  /** Decides from the stream's state; reads what else it needs (other streams) anew on every attempt. */
  decide: (state: State) => Promise<Decision<NoInfer<Event>>> | Decision<NoInfer<Event>>;
  /**
   * Other streams the decision appends to under contention (agents taking and releasing conversations): decided one
   * at a time here. A function when they depend on the stream's state (the agent a conversation is assigned to).
   */
  exclusive?: readonly string[] | (() => Promise<readonly string[]>);
}

/** What the command was; its event ids are scoped per stream by its command id. */
interface SentEvents {
  tenantId: string;
  commandId: string;
  hash: string;
}

const asStreams = <Event extends DomainEvent>(decision: Decision<Event>): StreamsDecision<Event> =>
  Array.isArray(decision) ? { events: decision, others: [] } : decision;

const expectedOf = (version: number): StreamAppend['expectedVersion'] => (version === 0 ? 'no_stream' : version);

/** Re-reads and re-decides at most this many times when another command appended to the stream meanwhile. */
const MAX_ATTEMPTS = 5;
/**
 * The same for appends to another stream (an agent's): many conversations race for one agent, from several
 * processes, and each attempt of one of them loses only to another's success.
 */
const MAX_OTHER_STREAM_ATTEMPTS = 20;

@Injectable()
export class CommandExecutor {
  /** In-process turns on contended streams, so that this process's decisions on one agent do not race each other. */
  private readonly turns = new KeyedLock();
  private readonly folded = new FoldedStates();

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async readState<State, Event extends DomainEvent>(
    stream: string,
    decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState' | 'eventTypes'>,
  ): Promise<{ state: State; version: number }> {
    const cached = this.folded.get<State>(stream, decider);
    const events = await this.eventStore.readStream(stream, cached?.version ?? 0);
    if (cached && events.length === 0) return cached;
    // The last event's version, not the number read: a truncated stream does not start at version 1.
    const version = events.length === 0 ? 0 : events[events.length - 1].streamVersion;
    const decoded = events.map((event) => decodeEvent(event)).filter((event) => isEventOf<Event>(event, decider.eventTypes));
    const folded = { state: decoded.reduce(decider.evolve, cached ? cached.state : decider.initialState), version };
    if (version > 0) this.folded.set(stream, decider, folded);
    return folded;
  }

  async execute<State, Event extends DomainEvent>(execution: Execution<State, Event>): Promise<CommandOutcome> {
    const { exclusive = [] } = execution;
    const keys = typeof exclusive === 'function' ? await exclusive() : exclusive;
    return this.turns.run(keys, () => this.decideAndAppend(execution));
  }

  private async decideAndAppend<State, Event extends DomainEvent>(execution: Execution<State, Event>): Promise<CommandOutcome> {
    const { stream, command } = execution;
    const { meta, props: { expectedVersion } } = command;
    const sent: SentEvents = { tenantId: meta.actor.tenantId, commandId: meta.commandId, hash: commandHash(command) };
    const original = await this.eventStore.findAppend(stream, eventIdFor(this.scope(sent, stream), 0), sent.hash);
    if (original) return { stream, position: original.position, version: original.nextVersion, replayed: true, appended: 0 };

    const conflicts = { own: 0, other: 0 };
    for (;;) {
      const { state, version } = await this.readState(stream, execution.decider);
      const stale = expectedVersion !== undefined && expectedVersion !== version;
      const conflict = (): ConcurrencyConflict => new ConcurrencyConflict(stream, String(expectedVersion), version);
      // A stream that does not exist is the decider's to refuse (NOT_FOUND), not a conflict.
      if (stale && version > 0) throw conflict();
      const decided = asStreams(await execution.decide(state));
      if (stale) throw conflict();
      const others = decided.others.filter((other) => other.events.length > 0);
      if (decided.events.length === 0) {
        if (others.length > 0) throw new Error(`a decision on ${stream} appended to other streams only`);
        return { stream, position: null, version, replayed: false, appended: 0 };
      }
      try {
        const appends = [{ stream, version, events: decided.events }, ...others].map((part) => this.toAppend(part, command, sent));
        const result = await this.append(appends);
        const appended = decided.events.length + others.reduce((sum, other) => sum + other.events.length, 0);
        return {
          stream, position: result.position, version: result.nextVersion,
          replayed: !result.appended, appended: result.appended ? appended : 0,
        };
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
        // Read the conflicting stream from the start next time: its folded state may be the reason.
        this.folded.forget(error.stream);
        // A conflict on another stream (an agent's) says nothing of the version the caller expects of this one.
        const own = error.stream === stream;
        if (own && expectedVersion !== undefined) throw error;
        if (own ? ++conflicts.own >= MAX_ATTEMPTS : ++conflicts.other >= MAX_OTHER_STREAM_ATTEMPTS) throw error;
      }
    }
  }

  /** One stream as before; several all or nothing, each at the version its part was decided on, the command's own first. */
  private async append(appends: readonly StreamAppend[]): Promise<AppendResult> {
    const [own] = appends;
    if (appends.length === 1) return this.eventStore.append(own.stream, own.events, own.expectedVersion);
    const result = await this.eventStore.appendToStreams(appends);
    return { nextVersion: result.streams[0].nextVersion, position: result.position, appended: result.appended };
  }

  private scope({ tenantId, commandId }: SentEvents, stream: string): CommandScope {
    return { tenantId, stream, commandId };
  }

  private toAppend(part: OtherStreamEvents, command: SentCommand, sent: SentEvents): StreamAppend {
    return { stream: part.stream, events: this.toNewEvents(part.events, command, sent, part.stream), expectedVersion: expectedOf(part.version) };
  }

  private toNewEvents(events: readonly DomainEvent[], { meta }: SentCommand, sent: SentEvents, stream: string): NewEvent[] {
    const occurredAt = this.clock.now().toISOString();
    return events.map((event, index) => ({
      eventId: eventIdFor(this.scope(sent, stream), index),
      type: event.type,
      data: event.data,
      metadata: {
        tenantId: meta.actor.tenantId,
        actor: { id: meta.actor.id, role: recordedRole(meta.actor) },
        occurredAt,
        commandId: meta.commandId,
        correlationId: meta.correlationId,
        causationId: meta.causationId,
        schemaVersion: SCHEMA_VERSION,
        commandHash: sent.hash,
      },
    }));
  }
}

