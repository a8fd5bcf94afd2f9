import { ConcurrencyConflict, decodeEvent, Decider, DomainEvent, fold, isEventOf, recordedRole, SCHEMA_VERSION } from '@handoff/domain';
import { CommandScope, EVENT_STORE, eventIdFor, EventStore, NewEvent, Position } from '@handoff/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from './clock';
import { commandHash, SentCommand } from './command-hash';

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

export interface Execution<State, Event extends DomainEvent> {
  stream: string;
  decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState' | 'eventTypes'>;
  /** Its meta and props: its input and, when given, the version the stream must be at exactly (no retry: a conflict). */
  command: SentCommand;
  /** Decides from the stream's state; reads what else it needs (other streams) anew on every attempt. */
  decide: (state: State) => Promise<NoInfer<Event>[]> | NoInfer<Event>[];
}

/** Where the command's event ids are scoped and what the command was. */
interface SentEvents {
  scope: CommandScope;
  hash: string;
}

/** Re-reads and re-decides at most this many times when another command appended to the stream meanwhile. */
const MAX_ATTEMPTS = 5;

@Injectable()
export class CommandExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async readState<State, Event extends DomainEvent>(
    stream: string,
    decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState' | 'eventTypes'>,
  ): Promise<{ state: State; version: number }> {
    const events = await this.eventStore.readStream(stream);
    // The last event's version, not the number read: a truncated stream does not start at version 1.
    const version = events.length === 0 ? 0 : events[events.length - 1].streamVersion;
    const decoded = events.map((event) => decodeEvent(event)).filter((event) => isEventOf<Event>(event, decider.eventTypes));
    return { state: fold(decider, decoded), version };
  }

  async execute<State, Event extends DomainEvent>(execution: Execution<State, Event>): Promise<CommandOutcome> {
    const { stream, command } = execution;
    const { meta, props: { expectedVersion } } = command;
    const sent: SentEvents = { scope: { tenantId: meta.actor.tenantId, stream, commandId: meta.commandId }, hash: commandHash(command) };
    const original = await this.eventStore.findAppend(stream, eventIdFor(sent.scope, 0), sent.hash);
    if (original) return { stream, position: original.position, version: original.nextVersion, replayed: true, appended: 0 };

    for (let attempt = 1; ; attempt++) {
      const { state, version } = await this.readState(stream, execution.decider);
      const stale = expectedVersion !== undefined && expectedVersion !== version;
      const conflict = (): ConcurrencyConflict => new ConcurrencyConflict(stream, String(expectedVersion), version);
      // A stream that does not exist is the decider's to refuse (NOT_FOUND), not a conflict.
      if (stale && version > 0) throw conflict();
      const events = await execution.decide(state);
      if (stale) throw conflict();
      if (events.length === 0) return { stream, position: null, version, replayed: false, appended: 0 };
      try {
        const result = await this.eventStore.append(stream, this.toNewEvents(events, command, sent), version === 0 ? 'no_stream' : version);
        return {
          stream, position: result.position, version: result.nextVersion,
          replayed: !result.appended, appended: result.appended ? events.length : 0,
        };
      } catch (error) {
        const retry = error instanceof ConcurrencyConflict && expectedVersion === undefined && attempt < MAX_ATTEMPTS;
        if (!retry) throw error;
      }
    }
  }

  private toNewEvents(events: readonly DomainEvent[], { meta }: SentCommand, sent: SentEvents): NewEvent[] {
    const occurredAt = this.clock.now().toISOString();
    return events.map((event, index) => ({
      eventId: eventIdFor(sent.scope, index),
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

