import { Actor, Decider, DomainEvent } from '@handoff/domain';
import { Execution } from './command-executor';
import { UseCaseCommand } from './use-case-command';

/** The domain command a use case becomes; built anew on every attempt, so what it reads of other streams is fresh. */
export type DomainCommandOf<Command> = (actor: Actor) => Command | Promise<Command>;

/** A use case's command executed on one stream: its decider decides the domain command the use case builds. */
export function decision<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  stream: string,
  command: UseCaseCommand,
  domainCommand: DomainCommandOf<Command>,
): Execution<State, Event> {
  return { stream, decider, command, decide: async (state) => decider.decide(await domainCommand(command.meta.actor), state) };
}
