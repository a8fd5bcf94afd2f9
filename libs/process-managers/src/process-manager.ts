import { RecordedEvent, uuidV5 } from '@handoff/event-store';

/** One of a process manager's own documents (JSON), kept per tenant under a key the manager chooses. */
export type PmDocument = Record<string, unknown>;

/** The documents a reaction reads, by key (null: none yet); a reaction returns only those it changes (null deletes). */
export type PmState = Readonly<Record<string, PmDocument | null>>;

/** What a process manager asks for: the runner gives it an id, the tenant and its cause. */
export interface CommandRequest {
  type: string;
  payload: Record<string, unknown>;
}

export interface TimerRequest {
  /** Unique per tenant among this manager's pending timers: setting it again re-arms it (new due time, new payload). */
  id: string;
  dueAt: Date;
  payload: Record<string, unknown>;
  /** The state keys `onTimer` is given; by default those of the event (or timer) that set it. */
  keys?: readonly string[];
}

export interface Reaction {
  /**
   * Keys the reaction must read before it can decide, named from the documents it was given (a queue's list of
   * agents, say): the runner reads them and calls it again with them as well. Nothing else of this reaction is kept.
   */
  needs?: readonly string[];
  state?: Record<string, PmDocument | null>;
  commands?: readonly CommandRequest[];
  timers?: { set?: readonly TimerRequest[]; cancel?: readonly string[] };
}

/** A timer as stored and as given to `onTimer`. */
export interface Timer {
  id: string;
  tenantId: string;
  dueAt: string;
  payload: Record<string, unknown>;
  keys: string[];
  /** Derived from the manager, tenant, timer id and what armed it: the cause of the commands it sends. */
  fireId: string;
  correlationId: string;
}

/** What the runner hands to `dispatch`: the api sends it through the command path with actor SYSTEM. */
export interface SystemCommand {
  commandId: string;
  tenantId: string;
  type: string;
  payload: Record<string, unknown>;
  /** The event id, or the timer's fireId, that caused it. */
  causationId: string;
  correlationId: string;
  processManager: string;
}

/**
 * A process manager: handoff's own decisions, taken from the log. `react` and `onTimer` are pure: everything they
 * know comes from their arguments (the clock included), so a reaction replayed after a crash decides the same.
 */
export interface ProcessManager {
  /** Also its read-store collection (`pm_<name>`) and its lease: letters, digits and underscores. */
  readonly name: string;
  /**
   * A new version goes on from the stored checkpoint with the stored state and timers, unless `stateReadableSince`
   * says it cannot read them.
   */
  readonly version: number;
  /**
   * The oldest version whose stored state (documents, timers' keys and payloads) this code reads. Stored by an
   * older version, the state, timers and outbox are dropped and the manager starts again as on its first start
   * (`firstStart`): from the beginning, the fold rebuilds the state; the commands it derives carry the ids they
   * had, so those already in the log append nothing, and the command path refuses (and the runner drops) those the
   * present no longer allows. Raise it to `version` when the state layout changes.
   */
  readonly stateReadableSince?: number;
  readonly eventTypes: readonly string[];
  /** Where a manager seen for the first time starts: at the log's head (default) or from its beginning. */
  readonly firstStart?: 'head' | 'beginning';
  /** The state keys (in the event's tenant) that `react` reads for this event; it may ask for more (`Reaction.needs`). */
  keys(event: RecordedEvent): readonly string[];
  react(state: PmState, event: RecordedEvent, now: Date): Reaction;
  onTimer(state: PmState, timer: Timer, now: Date): Reaction;
}

/** The id of the index-th command a cause (an event id, a timer's fireId) sends: the same on every replay. */
export function commandIdFor(manager: string, causationId: string, index: number): string {
  return uuidV5(JSON.stringify(['process-manager', manager, causationId, index]));
}

/** A timer's identity for one arming: re-arming the same id from another cause sends other commands. */
export function timerFireId(manager: string, tenantId: string, timerId: string, armedBy: string): string {
  return uuidV5(JSON.stringify(['process-manager-timer', manager, tenantId, timerId, armedBy]));
}
