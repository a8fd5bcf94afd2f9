/** The `type` strings of a union of events. */
export type EventTypeOf<Event> = Event extends { type: infer Type extends string } ? Type : never;

/** An aggregate's pure logic: fold its events into state, decide a command's events from that state. */
export interface Decider<Command, Event, State> {
  readonly decide: (command: Command, state: State) => Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
  /** The types of the events in its streams: what a stored event of its stream is decoded to. */
  readonly eventTypes: readonly EventTypeOf<Event>[];
}

export function fold<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>, events: readonly Event[]): State {
  return events.reduce(decider.evolve, decider.initialState);
}
