import { Actor } from '@handoff/domain';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RequestContext } from '../auth/caller';
import { CommandOutcome } from './command-executor';
import { commandMeta } from './command-meta';
import { CommandClass, CommandProps } from './use-case-command';

/** Who sends a mutation's command: the caller, its request (the correlation id) and the client's command id, if any. */
export interface Sender {
  actor: Actor;
  context: RequestContext;
  commandId?: unknown;
}

/** What every mutation does between its parsed input and its answer: the command with its meta, on the command bus. */
@Injectable()
export class CommandSender {
  constructor(private readonly commandBus: CommandBus) {}

  send<Props extends CommandProps>(Command: CommandClass<Props>, props: Props, { actor, context, commandId }: Sender): Promise<CommandOutcome> {
    const meta = commandMeta(actor, { commandId, correlationId: context.correlationId });
    return this.commandBus.execute(new Command(meta, props));
  }
}
