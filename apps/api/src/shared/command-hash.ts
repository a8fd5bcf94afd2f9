import { createHash } from 'node:crypto';
import { CommandMeta } from './command-meta';
import { CommandProps } from './use-case-command';

/** What a command handler hands the executor: its meta and its props (its input, and its expected version if any). */
export interface SentCommand {
  readonly meta: CommandMeta;
  readonly props: CommandProps;
}

const COMMAND_SUFFIX = /Command$/;

/**
 * What the command was, so that a command id reused for another command is told apart from a retry: a hash of
 * its type and its input (every prop but expectedVersion, which does not change what is asked; meta neither), in
 * canonical JSON. The type is the command's class name, as the command metrics name it.
 */
export function commandHash(command: SentCommand): string {
  const { expectedVersion: _expectedVersion, ...input } = command.props;
  const type = command.constructor.name.replace(COMMAND_SUFFIX, '');
  return createHash('sha256').update(canonicalJson([type, input])).digest('base64url');
}

/** JSON with object keys sorted and undefined members left out, so equal inputs always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) =>
    member !== null && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );
}
