import { CommandMeta } from './command-meta';

/** What a use case asks for, checked; `expectedVersion`, when given, is the version its stream must be at exactly. */
export type CommandProps = object & { readonly expectedVersion?: number };

/** A use case's command: who sends it and how it is traced (meta), and what it asks, as one props object. */
export abstract class UseCaseCommand<Props extends CommandProps = CommandProps> {
  constructor(
    readonly meta: CommandMeta,
    readonly props: Props,
  ) {}
}

export type CommandClass<Props extends CommandProps> = new (meta: CommandMeta, props: Props) => UseCaseCommand<Props>;
