import { BadInput } from '@handoff/domain';

/**
 * A command id found again in its scope names the original command only if the command is the same (its
 * commandHash: type and input). Events stored before commands were hashed carry none and count as the same.
 */
export function checkSameCommand(storedHash: string | undefined, proposedHash: string | undefined): void {
  if (storedHash === undefined || proposedHash === undefined || storedHash === proposedHash) return;
  throw new BadInput('input.commandId', 'was already used for another command');
}
