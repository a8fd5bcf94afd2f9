/** A stream's state as folded up to a version, by one decider. */
export interface FoldedState<State> {
  state: State;
  version: number;
}

interface Entry {
  decider: object;
  folded: FoldedState<unknown>;
}

/**
 * The latest folded state of the streams this process decided on, so that a command reads and folds only the
 * events after it instead of the whole stream (an agent's stream grows by two events per conversation). Only ever
 * a shortcut: every decision still appends at the version it was decided on, so a state another process moved
 * past is refused at the append and the stream is read again from the start.
 */
export class FoldedStates {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 10_000) {}

  get<State>(stream: string, decider: object): FoldedState<State> | undefined {
    const entry = this.entries.get(stream);
    if (!entry || entry.decider !== decider) return undefined;
    // Least recently used first: reinsert on every hit.
    this.entries.delete(stream);
    this.entries.set(stream, entry);
    return entry.folded as FoldedState<State>;
  }

  set<State>(stream: string, decider: object, folded: FoldedState<State>): void {
    this.entries.delete(stream);
    this.entries.set(stream, { decider, folded });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(stream: string): void {
    this.entries.delete(stream);
  }
}
