import { Actor, Operation } from '@handoff/domain';
import { Type } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { RequestContext } from '../auth/caller';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CommandAnswers } from '../read-models/command-answers.service';
import { CommandOutcome } from './command-executor';
import { commandMeta } from './command-meta';
import { CommandClass, CommandProps } from './use-case-command';

/** Who sent a mutation: the caller and its request (whose correlation id the command carries). */
export interface Sender {
  actor: Actor;
  context: RequestContext;
}

/** A use case's mutation, in the order it runs: its GraphQL arguments parsed, its command sent, its answer read. */
export interface CommandMutation<MutationArgs, Props extends CommandProps, Answer> {
  parse: (args: MutationArgs) => Props;
  /** The client's idempotency key, for the mutations whose input has one. */
  commandId?: (args: MutationArgs) => unknown;
  command: CommandClass<Props>;
  answer: (answers: CommandAnswers, sender: Sender, props: Props, outcome: CommandOutcome) => Promise<Answer>;
}

/**
 * The resolver of one mutation, guarded by the role matrix's row of the same name. Every use case's resolver is
 * this one shape, so it is written once; what differs (parse, command, answer) is the use case's declaration.
 */
export function commandMutation<MutationArgs, Props extends CommandProps, Answer>(
  operation: Operation,
  mutation: CommandMutation<MutationArgs, Props, Answer>,
): Type<unknown> {
  @Resolver()
  class CommandMutationResolver {
    constructor(private readonly commandBus: CommandBus, private readonly answers: CommandAnswers) {}

    @Mutation(operation)
    @Allow(operation)
    async mutate(@Args() args: MutationArgs, @CurrentActor() actor: Actor, @Context() context: RequestContext): Promise<Answer> {
      const props = mutation.parse(args);
      const meta = commandMeta(actor, { commandId: mutation.commandId?.(args), correlationId: context.correlationId });
      const outcome: CommandOutcome = await this.commandBus.execute(new mutation.command(meta, props));
      return mutation.answer(this.answers, { actor, context }, props, outcome);
    }
  }
  // Named after its command (TransferConversationCommand → TransferConversationResolver) for logs and errors.
  Object.defineProperty(CommandMutationResolver, 'name', { value: mutation.command.name.replace(/Command$/, 'Resolver') });
  return CommandMutationResolver;
}
