import { Actor, Decider, DomainEvent } from '@handoff/domain';
import { Type } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandOutcome, Execution } from './command-executor';
import { OtherStreams } from './other-streams';
import { CommandClass, CommandProps, UseCaseCommand } from './use-case-command';

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

/** How a use case's command is decided: on which stream, by which decider, as which domain command. */
export type UseCaseExecution<Props extends CommandProps, State, Event extends DomainEvent> = (
  command: UseCaseCommand<Props>,
  otherStreams: OtherStreams,
) => Execution<State, Event>;

/**
 * The command bus's handler of one use case's command. Every handler is this one shape, so it is written once;
 * what differs (the stream, the decider, the domain command) is the use case's execution.
 */
export function useCaseHandler<Props extends CommandProps, State, Event extends DomainEvent>(
  Command: CommandClass<Props>,
  execution: UseCaseExecution<Props, State, Event>,
): Type<ICommandHandler<UseCaseCommand<Props>, CommandOutcome>> {
  @CommandHandler(Command)
  class UseCaseHandler implements ICommandHandler<UseCaseCommand<Props>, CommandOutcome> {
    constructor(private readonly executor: CommandExecutor, private readonly otherStreams: OtherStreams) {}

    execute(command: UseCaseCommand<Props>): Promise<CommandOutcome> {
      return this.executor.execute(execution(command, this.otherStreams));
    }
  }
  // Named after its command (TransferConversationCommand → TransferConversationHandler) for logs and errors.
  Object.defineProperty(UseCaseHandler, 'name', { value: Command.name.replace(/Command$/, 'Handler') });
  return UseCaseHandler;
}
